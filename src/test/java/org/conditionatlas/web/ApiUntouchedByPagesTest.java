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
    void aFormBodySentToTheApiIsA415Problem() {
        Readers.SignedIn member = Readers.newMember();
        given().header("Authorization", member.bearer())
                .contentType(ContentType.URLENC)
                .formParam("refresh_token", member.refreshToken())
                .when()
                .post("/api/v1/auth/logout")
                .then()
                .statusCode(415)
                .contentType("application/problem+json")
                .body("type", equalTo("/problems/unsupported-media-type"))
                .body("status", equalTo(415));
    }
}
