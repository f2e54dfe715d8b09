package org.conditionatlas.system;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.not;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import org.junit.jupiter.api.Test;

/** The one mapper, driven by a test-only resource through failures real endpoints cannot cause. */
@QuarkusTest
class ProblemMappersTest {

    @Test
    void anUnexpectedFailureIsA500ProblemWithoutInternals() {
        String body = given().when()
                .get("/test-probe/crash")
                .then()
                .statusCode(500)
                .contentType("application/problem+json")
                .body("type", equalTo("/problems/server-error"))
                .body("status", equalTo(500))
                .body("detail", containsString("Incident"))
                .extract()
                .asString();
        for (String internal : new String[] {"internal detail", "IllegalStateException", "at org."}) {
            org.junit.jupiter.api.Assertions.assertFalse(body.contains(internal), internal);
        }
    }

    @Test
    void malformedJsonIsA400Problem() {
        given().contentType(ContentType.JSON)
                .body("{\"email\": ")
                .when()
                .post("/test-probe")
                .then()
                .statusCode(400)
                .contentType("application/problem+json")
                .body("type", equalTo("/problems/malformed-body"))
                .body("detail", not(containsString("com.fasterxml")));
    }

    @Test
    void aFieldOfTheWrongTypeIsNamed() {
        given().contentType(ContentType.JSON)
                .body("{\"email\": \"a@b.org\", \"count\": \"many\"}")
                .when()
                .post("/test-probe")
                .then()
                .statusCode(400)
                .contentType("application/problem+json")
                .body("errors[0].field", equalTo("count"));
    }

    @Test
    void validationErrorsListEveryField() {
        given().contentType(ContentType.JSON)
                .body("{\"email\": \"not-an-email\", \"tags\": [\"a\", \"\"], \"count\": 1}")
                .when()
                .post("/test-probe")
                .then()
                .statusCode(400)
                .contentType("application/problem+json")
                .body("type", equalTo("/problems/invalid-request"))
                .body("errors", hasSize(2))
                .body("errors.field", containsInAnyOrder("email", "tags[1]"));
    }

    @Test
    void anUnsupportedMediaTypeIsA415Problem() {
        given().contentType(ContentType.XML)
                .body("<probe/>")
                .when()
                .post("/test-probe")
                .then()
                .statusCode(415)
                .contentType("application/problem+json")
                .body("type", equalTo("/problems/unsupported-media-type"))
                .body("status", equalTo(415));
    }
}
