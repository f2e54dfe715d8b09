package org.conditionatlas.system;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.not;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import org.junit.jupiter.api.Test;

/** Failures of the HTTP layer are problem+json like every other error. */
@QuarkusTest
class ProblemResponsesTest {

    @Test
    void anUnknownPathIsA404Problem() {
        for (String path : new String[] {"/api/v1/nothing-here", "/api/v2/conditions", "/no/such/page"}) {
            given().when()
                    .get(path)
                    .then()
                    .statusCode(404)
                    .contentType("application/problem+json")
                    .body("type", equalTo("/problems/not-found"))
                    .body("title", equalTo("Not found"))
                    .body("status", equalTo(404))
                    .body("instance", equalTo(path));
        }
    }

    @Test
    void aWrongMethodIsA405Problem() {
        given().when()
                .delete("/api/v1/conditions/M61.28")
                .then()
                .statusCode(405)
                .contentType("application/problem+json")
                .body("type", equalTo("/problems/method-not-allowed"))
                .body("status", equalTo(405));
        given().contentType(ContentType.JSON)
                .body("{}")
                .when()
                .post("/api/v1/conditions")
                .then()
                .statusCode(405)
                .contentType("application/problem+json");
    }

    @Test
    void anOversizedBodyIsA413Problem() {
        byte[] twoMegabytes = new byte[2 * 1024 * 1024];
        java.util.Arrays.fill(twoMegabytes, (byte) 'a');
        given().contentType(ContentType.JSON)
                .body(twoMegabytes)
                .when()
                .post("/api/v1/conditions")
                .then()
                .statusCode(413)
                .contentType("application/problem+json")
                .body("type", equalTo("/problems/payload-too-large"))
                .body("status", equalTo(413));
    }

    @Test
    void everyProblemTypeIsDocumentedAtItsUri() {
        String type = given().when()
                .get("/api/v1/conditions/M61.29")
                .then()
                .statusCode(404)
                .extract()
                .path("type");
        given().when()
                .get(type)
                .then()
                .statusCode(200)
                .body("type", equalTo(type))
                .body("status", equalTo(404))
                .body("description", containsString("closest"));
        given().when()
                .get("/problems/no-such-problem")
                .then()
                .statusCode(404)
                .contentType("application/problem+json")
                .body("detail", not(containsString("Exception")));
    }
}
