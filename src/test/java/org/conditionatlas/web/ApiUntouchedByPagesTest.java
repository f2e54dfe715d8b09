package org.conditionatlas.web;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import java.util.Map;
import org.conditionatlas.auth.Readers;
import org.junit.jupiter.api.Test;

/** The pages' CSRF filter and cookies leave the JSON API as its contract says. */
@QuarkusTest
class ApiUntouchedByPagesTest {

    @Test
    void jsonRequestsNeedNoCsrfTokenAndGetNoCookies() {
        given().contentType(ContentType.JSON)
                .body(Map.of("email", Readers.newEmail(), "password", Readers.PASSWORD))
                .when()
                .post("/api/v1/accounts")
                .then()
                .statusCode(201)
                .header("Set-Cookie", nullValue());
        given().when()
                .get("/api/v1/conditions?q=ossification")
                .then()
                .statusCode(200)
                .header("Set-Cookie", nullValue());
    }

    @Test
    void apiRequestsNeedNoCsrfTokenWhateverTheirContentType() {
        // Many HTTP clients label a bodiless request as a form: the API answers as it always did.
        Readers.SignedIn member = Readers.newMember();
        given().header("Authorization", member.bearer())
                .contentType(ContentType.URLENC)
                .when()
                .delete("/api/v1/me")
                .then()
                .statusCode(204);
        given().header("Authorization", member.bearer())
                .when()
                .get("/api/v1/me")
                .then()
                .statusCode(401)
                .contentType("application/problem+json")
                .body("status", equalTo(401));
    }
}
