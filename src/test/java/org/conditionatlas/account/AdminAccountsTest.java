package org.conditionatlas.account;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.conditionatlas.auth.Admins;
import org.conditionatlas.auth.Readers;
import org.junit.jupiter.api.Test;

@QuarkusTest
class AdminAccountsTest {

    static int treatmentOf(Readers.SignedIn reader, String aspect) {
        return given().header("Authorization", reader.bearer())
                .when()
                .get("/api/v1/conditions/M61.28/sections/" + aspect)
                .then()
                .extract()
                .statusCode();
    }

    @Test
    void anAdminGrantsComplimentaryAccessUntilADateAndEndsIt() {
        String admin = Admins.bearer();
        Readers.SignedIn reader = Readers.newMember();
        String id = Admins.accountId(reader.email());
        given().header("Authorization", admin)
                .contentType(ContentType.JSON)
                .body(Map.of("until", "2001-01-01T00:00:00Z"))
                .when()
                .post("/api/v1/admin/accounts/" + id + "/grants")
                .then()
                .statusCode(400)
                .body("errors.field", hasItem("until"));
        String grant = given().header("Authorization", admin)
                .contentType(ContentType.JSON)
                .body(Map.of("until", Instant.now().plusSeconds(3600).toString()))
                .when()
                .post("/api/v1/admin/accounts/" + id + "/grants")
                .then()
                .statusCode(201)
                .body("kind", equalTo("complimentary"))
                .extract()
                .path("id");
        Readers.SignedIn subscriber = Readers.logIn(reader.email(), reader.password());
        org.junit.jupiter.api.Assertions.assertEquals(200, treatmentOf(subscriber, "clinical-management"));

        given().header("Authorization", admin)
                .when()
                .delete("/api/v1/admin/accounts/" + id + "/grants/" + grant)
                .then()
                .statusCode(204);
        org.junit.jupiter.api.Assertions.assertEquals(
                401,
                treatmentOf(subscriber, "clinical-management"),
                "the subscriber token is refused once the grant ends");
        org.junit.jupiter.api.Assertions.assertEquals(
                403, treatmentOf(Readers.logIn(reader.email(), reader.password()), "clinical-management"));
        given().header("Authorization", admin)
                .when()
                .delete("/api/v1/admin/accounts/" + id + "/grants/" + grant)
                .then()
                .statusCode(404);
    }

    @Test
    void anAdminSetsRolesAndDisablesAndEnablesAccounts() {
        String admin = Admins.bearer();
        Readers.SignedIn reader = Readers.newMember();
        String id = Admins.accountId(reader.email());
        given().header("Authorization", admin)
                .contentType(ContentType.JSON)
                .body(Map.of("roles", List.of("superuser")))
                .when()
                .put("/api/v1/admin/accounts/" + id + "/roles")
                .then()
                .statusCode(400);
        given().header("Authorization", admin)
                .contentType(ContentType.JSON)
                .body(Map.of("roles", List.of("editor")))
                .when()
                .put("/api/v1/admin/accounts/" + id + "/roles")
                .then()
                .statusCode(200)
                .body("account.roles", containsInAnyOrder("editor"));
        // Tokens issued before the change are refused; a new sign-in carries the role.
        given().header("Authorization", reader.bearer())
                .when()
                .get("/api/v1/me")
                .then()
                .statusCode(401);
        Readers.SignedIn editor = Readers.logIn(reader.email(), reader.password());
        given().header("Authorization", editor.bearer())
                .when()
                .get("/api/v1/conditions/M61.28/revisions")
                .then()
                .statusCode(200);

        given().header("Authorization", admin)
                .when()
                .post("/api/v1/admin/accounts/" + id + "/disable")
                .then()
                .statusCode(204);
        given().header("Authorization", editor.bearer())
                .when()
                .get("/api/v1/me")
                .then()
                .statusCode(401);
        given().contentType(ContentType.JSON)
                .body(Map.of("email", reader.email(), "password", reader.password()))
                .when()
                .post("/api/v1/auth/token")
                .then()
                .statusCode(401);
        given().header("Authorization", admin)
                .when()
                .get("/api/v1/admin/accounts/" + id)
                .then()
                .body("status", equalTo("disabled"));
        given().header("Authorization", admin)
                .when()
                .post("/api/v1/admin/accounts/" + id + "/enable")
                .then()
                .statusCode(204);
        Readers.logIn(reader.email(), reader.password());

        String me = Admins.accountId("admin@atlas.test");
        given().header("Authorization", admin)
                .contentType(ContentType.JSON)
                .body(Map.of("roles", List.of("editor")))
                .when()
                .put("/api/v1/admin/accounts/" + me + "/roles")
                .then()
                .statusCode(400);
        given().header("Authorization", admin)
                .when()
                .post("/api/v1/admin/accounts/not-a-uuid/disable")
                .then()
                .statusCode(400);
    }
}
