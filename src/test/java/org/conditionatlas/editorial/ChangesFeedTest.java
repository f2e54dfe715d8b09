package org.conditionatlas.editorial;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import java.util.List;
import java.util.Map;
import org.conditionatlas.auth.Admins;
import org.conditionatlas.auth.Readers;
import org.junit.jupiter.api.Test;

@QuarkusTest
class ChangesFeedTest {

    /** The cursor after everything so far. */
    static String latestCursor() {
        String cursor = null;
        JsonPath page;
        do {
            var request = given().queryParam("limit", 1000);
            if (cursor != null) {
                request.queryParam("since", cursor);
            }
            page = request.when()
                    .get("/api/v1/changes")
                    .then()
                    .statusCode(200)
                    .extract()
                    .jsonPath();
            cursor = page.getString("nextCursor");
        } while (page.getBoolean("hasMore"));
        return cursor;
    }

    @Test
    void theFeedListsEditsAndRemovalsOldestFirstWithoutAnyText() {
        Readers.SignedIn editor = Admins.newEditor();
        String since = latestCursor();
        EditorialTest.put(editor.bearer(), "M61.232", null, EditorialTest.article("feed-a", "member"))
                .then()
                .statusCode(201);
        EditorialTest.put(editor.bearer(), "M61.239", null, EditorialTest.article("feed-b", "member"))
                .then()
                .statusCode(201);
        given().header("Authorization", editor.bearer())
                .when()
                .post("/api/v1/conditions/M61.232/unpublish")
                .then()
                .statusCode(200);

        String body = given().queryParam("since", since)
                .when()
                .get("/api/v1/changes")
                .then()
                .statusCode(200)
                .body("changes.code", org.hamcrest.Matchers.contains("M61.239", "M61.232"))
                .body("changes.change", org.hamcrest.Matchers.contains("updated", "removed"))
                .body("hasMore", equalTo(false))
                .extract()
                .asString();
        assertFalse(body.contains("feed-a") || body.contains("feed-b") || body.contains("Treatment"), body);

        String next = JsonPath.from(body).getString("nextCursor");
        given().queryParam("since", next)
                .when()
                .get("/api/v1/changes")
                .then()
                .statusCode(200)
                .body("changes", equalTo(List.of()))
                .body("nextCursor", equalTo(next));
        // Paging one at a time visits the same entries.
        String cursor = since;
        List<String> seen = new java.util.ArrayList<>();
        for (int i = 0; i < 3; i++) {
            JsonPath page = given().queryParam("since", cursor)
                    .queryParam("limit", 1)
                    .when()
                    .get("/api/v1/changes")
                    .then()
                    .statusCode(200)
                    .extract()
                    .jsonPath();
            seen.addAll(page.getList("changes.code"));
            cursor = page.getString("nextCursor");
        }
        assertEquals(List.of("M61.232", "M61.239", "M61.232"), seen);
    }

    @Test
    void aCursorThatIsNotOursIs400() {
        for (String bad : List.of("garbage!", "eDEy", "YzEyx")) {
            given().queryParam("since", bad)
                    .when()
                    .get("/api/v1/changes")
                    .then()
                    .statusCode(400)
                    .contentType("application/problem+json")
                    .body("errors[0].field", equalTo("since"));
        }
        given().queryParams(Map.of("limit", "0"))
                .when()
                .get("/api/v1/changes")
                .then()
                .statusCode(400);
    }
}
