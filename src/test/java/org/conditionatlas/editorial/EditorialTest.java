package org.conditionatlas.editorial;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicBoolean;
import org.conditionatlas.auth.Admins;
import org.conditionatlas.auth.Readers;
import org.junit.jupiter.api.Test;

@QuarkusTest
class EditorialTest {

    static Map<String, Object> article(String marker, String treatmentTier) {
        return Map.of(
                "title", "Paralytic calcification and ossification of muscle, test " + marker,
                "sections",
                        List.of(
                                Map.of(
                                        "aspect",
                                        "overview",
                                        "heading",
                                        "Overview",
                                        "requiredTier",
                                        "anonymous",
                                        "body",
                                        "Overview " + marker + "."),
                                Map.of(
                                        "aspect",
                                        "symptoms",
                                        "heading",
                                        "Symptoms",
                                        "requiredTier",
                                        "anonymous",
                                        "body",
                                        "Symptoms " + marker + "."),
                                Map.of(
                                        "aspect",
                                        "treatment",
                                        "heading",
                                        "Treatment",
                                        "requiredTier",
                                        treatmentTier,
                                        "body",
                                        "Treatment " + marker + " with a longer text so that a preview is short.")),
                "sources", List.of(Map.of("title", "A source", "url", "https://example.org/source")));
    }

    static Response put(String bearer, String code, String ifMatch, Object body) {
        var request = given().header("Authorization", bearer)
                .contentType(ContentType.JSON)
                .body(body);
        if (ifMatch != null) {
            request.header("If-Match", ifMatch);
        }
        return request.when().put("/api/v1/conditions/" + code);
    }

    static String etag(String bearer, String code) {
        return given().header("Authorization", bearer)
                .when()
                .get("/api/v1/conditions/" + code)
                .then()
                .statusCode(200)
                .extract()
                .header("ETag");
    }

    @Test
    void anEditorsFullEditCycleWithAStaleIfMatch() {
        Readers.SignedIn editor = Admins.newEditor();
        String code = "M61.222";
        put(editor.bearer(), code, null, article("one", "member"))
                .then()
                .statusCode(201)
                .header("Location", containsString("/api/v1/conditions/M61.222"))
                .header("ETag", org.hamcrest.Matchers.notNullValue())
                .body("sections[0].body", equalTo("Overview one."));
        // Readers see it at once.
        given().when()
                .get("/api/v1/conditions/m61222")
                .then()
                .statusCode(200)
                .body("hasArticle", equalTo(true))
                .body("sections[0].body", equalTo("Overview one."))
                .body("sections[2].access", equalTo("locked"));

        put(editor.bearer(), code, null, article("two", "member"))
                .then()
                .statusCode(428)
                .contentType("application/problem+json")
                .body("type", equalTo("/problems/precondition-required"));

        String first = etag(editor.bearer(), code);
        String second = put(editor.bearer(), code, first, article("two", "member"))
                .then()
                .statusCode(200)
                .body("sections[1].body", equalTo("Symptoms two."))
                .extract()
                .header("ETag");
        assertNotEquals(first, second);
        assertEquals(second, etag(editor.bearer(), code), "the PUT answers the editor's new ETag");

        put(editor.bearer(), code, first, article("three", "member"))
                .then()
                .statusCode(412)
                .contentType("application/problem+json")
                .body("type", equalTo("/problems/stale-version"));
        put(editor.bearer(), code, "W/" + second, article("three", "member"))
                .then()
                .statusCode(412);
        given().when().get("/api/v1/conditions/" + code).then().body("sections[1].body", equalTo("Symptoms two."));

        given().header("Authorization", editor.bearer())
                .when()
                .get("/api/v1/conditions/" + code + "/revisions")
                .then()
                .statusCode(200)
                .body("revision", contains(2, 1))
                .body("editor", contains(editor.email(), editor.email()))
                .body("[0].changes", hasItem("title"))
                .body("[0].changes", hasItem("section symptoms changed"))
                .body("[1].changes", contains("created"));
        given().header("Authorization", editor.bearer())
                .when()
                .get("/api/v1/conditions/" + code + "/revisions/1")
                .then()
                .statusCode(200)
                .body("content.sections[0].body", equalTo("Overview one."));
        given().header("Authorization", editor.bearer())
                .when()
                .get("/api/v1/conditions/" + code + "/revisions/9")
                .then()
                .statusCode(404)
                .contentType("application/problem+json");

        given().header("Authorization", editor.bearer())
                .when()
                .post("/api/v1/conditions/" + code + "/unpublish")
                .then()
                .statusCode(200);
        given().when().get("/api/v1/conditions/" + code).then().statusCode(200).body("hasArticle", equalTo(false));
        given().header("Authorization", editor.bearer())
                .when()
                .post("/api/v1/conditions/" + code + "/publish")
                .then()
                .statusCode(200);
        given().when().get("/api/v1/conditions/" + code).then().body("hasArticle", equalTo(true));
        given().header("Authorization", editor.bearer())
                .when()
                .get("/api/v1/conditions/" + code + "/revisions")
                .then()
                .body("[0].changes", contains("published"))
                .body("[1].changes", contains("unpublished"));
    }

    @Test
    void invalidArticlesAre400sNamingTheFieldAndChangeNothing() {
        Readers.SignedIn editor = Admins.newEditor();
        String code = "M61.229";
        Map<String, Object> bad = new java.util.HashMap<>(article("x", "member"));
        bad.put(
                "sections",
                List.of(
                        Map.of("aspect", "cure", "heading", "H", "requiredTier", "member", "body", "B"),
                        Map.of("aspect", "overview", "heading", "H", "requiredTier", "gold", "body", "B"),
                        Map.of("aspect", "overview", "heading", "H", "requiredTier", "anonymous", "body", "B")));
        put(editor.bearer(), code, null, bad)
                .then()
                .statusCode(400)
                .contentType("application/problem+json")
                .body(
                        "errors.field",
                        org.hamcrest.Matchers.hasItems(
                                "sections[0].aspect", "sections[1].requiredTier", "sections[2].aspect"));
        Map<String, Object> emptyBody = new java.util.HashMap<>(article("x", "member"));
        emptyBody.put(
                "sections",
                List.of(Map.of("aspect", "overview", "heading", "H", "requiredTier", "anonymous", "body", " ")));
        put(editor.bearer(), code, null, emptyBody)
                .then()
                .statusCode(400)
                .body("errors.field", hasItem("sections[0].body"));
        Map<String, Object> script = new java.util.HashMap<>(article("x", "member"));
        script.put("illustration", Map.of("url", "javascript:alert(1)", "alt", "x"));
        put(editor.bearer(), code, null, script)
                .then()
                .statusCode(400)
                .body("errors.field", hasItem("illustration.url"));
        Map<String, Object> longTitle = new java.util.HashMap<>(article("x", "member"));
        longTitle.put("title", "t".repeat(301));
        put(editor.bearer(), code, null, longTitle).then().statusCode(400).body("errors.field", hasItem("title"));
        put(editor.bearer(), code, null, Map.of("title", "No sections"))
                .then()
                .statusCode(400)
                .body("errors.field", hasItem("sections"));
        put(editor.bearer(), code, null, "{\"title\": \"x\", \"reviewedAt\": \"yesterday\"}")
                .then()
                .statusCode(400)
                .body("errors.field", hasItem("reviewedAt"));
        put(editor.bearer(), "M61.2999", null, article("x", "member"))
                .then()
                .statusCode(404)
                .body("closest.code", equalTo("M61.2"));
        put(editor.bearer(), "not-a-code", null, article("x", "member")).then().statusCode(400);
        given().when().get("/api/v1/conditions/" + code).then().body("hasArticle", equalTo(false));
        given().header("Authorization", editor.bearer())
                .when()
                .get("/api/v1/conditions/" + code + "/revisions")
                .then()
                .statusCode(200)
                .body("size()", equalTo(0));
    }

    @Test
    void membersAndAnonymousReadersAreRefusedEveryEditorialAndAdminEndpoint() {
        Readers.SignedIn member = Readers.newMember();
        String admin = Admins.bearer();
        String someone = Admins.accountId(member.email());
        record Call(String method, String path, Object body) {}
        List<Call> calls = List.of(
                new Call("PUT", "/api/v1/conditions/M61.28", article("x", "member")),
                new Call("POST", "/api/v1/conditions/M61.28/unpublish", null),
                new Call("POST", "/api/v1/conditions/M61.28/publish", null),
                new Call("GET", "/api/v1/conditions/M61.28/revisions", null),
                new Call("GET", "/api/v1/conditions/M61.28/revisions/1", null),
                new Call("GET", "/api/v1/admin/accounts", null),
                new Call("GET", "/api/v1/admin/accounts/" + someone, null),
                new Call("PUT", "/api/v1/admin/accounts/" + someone + "/roles", Map.of("roles", List.of("admin"))),
                new Call("POST", "/api/v1/admin/accounts/" + someone + "/disable", null),
                new Call("GET", "/api/v1/admin/accounts/" + someone + "/grants", null),
                new Call(
                        "POST",
                        "/api/v1/admin/accounts/" + someone + "/grants",
                        Map.of("until", "2030-01-01T00:00:00Z")));
        for (Call call : calls) {
            for (String bearer : new String[] {null, member.bearer()}) {
                var request = given();
                if (bearer != null) {
                    request.header("Authorization", bearer);
                }
                if (call.body() != null) {
                    request.contentType(ContentType.JSON).body(call.body());
                }
                request.when()
                        .request(call.method(), call.path())
                        .then()
                        .statusCode(bearer == null ? 401 : 403)
                        .contentType("application/problem+json");
            }
        }
        // An editor may edit but not administer.
        Readers.SignedIn editor = Admins.newEditor();
        given().header("Authorization", editor.bearer())
                .when()
                .get("/api/v1/admin/accounts")
                .then()
                .statusCode(403);
        given().header("Authorization", admin)
                .when()
                .get("/api/v1/conditions/M61.28/revisions")
                .then()
                .statusCode(200);
    }

    @Test
    void readersNeverSeeAHalfWrittenEdit() throws Exception {
        Readers.SignedIn editor = Admins.newEditor();
        String code = "M61.231";
        put(editor.bearer(), code, null, article("v0", "anonymous")).then().statusCode(201);
        AtomicBoolean editing = new AtomicBoolean(true);
        ExecutorService pool = Executors.newFixedThreadPool(3);
        try {
            List<Future<Set<String>>> readers = new ArrayList<>();
            for (int r = 0; r < 3; r++) {
                readers.add(pool.submit(() -> {
                    Set<String> versions = new HashSet<>();
                    while (editing.get()) {
                        List<String> bodies = given().when()
                                .get("/api/v1/conditions/" + code)
                                .then()
                                .statusCode(200)
                                .extract()
                                .jsonPath()
                                .getList("sections.body");
                        Set<String> markers = new HashSet<>();
                        for (String body : bodies) {
                            markers.add(body.split(" ")[1].replace(".", ""));
                        }
                        assertEquals(1, markers.size(), "one version per response: " + bodies);
                        versions.addAll(markers);
                    }
                    return versions;
                }));
            }
            for (int v = 1; v <= 6; v++) {
                String tag = etag(editor.bearer(), code);
                put(editor.bearer(), code, tag, article("v" + v, "anonymous"))
                        .then()
                        .statusCode(200);
            }
            editing.set(false);
            for (Future<Set<String>> reader : readers) {
                assertTrue(reader.get().size() >= 1);
            }
        } finally {
            editing.set(false);
            pool.shutdownNow();
        }
        given().when().get("/api/v1/conditions/" + code).then().body("sections[0].body", equalTo("Overview v6."));
    }
}
