package org.conditionatlas.auth;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import java.util.Map;
import org.junit.jupiter.api.Test;

@QuarkusTest
class PasswordChangeAndDeletionTest {

    private static int me(String bearer) {
        return given().header("Authorization", bearer)
                .when()
                .get("/api/v1/me")
                .then()
                .extract()
                .statusCode();
    }

    @Test
    void meNeedsATokenAndShowsTheAccount() {
        given().when()
                .get("/api/v1/me")
                .then()
                .statusCode(401)
                .contentType("application/problem+json")
                .header("WWW-Authenticate", equalTo("Bearer"));
        Readers.SignedIn reader = Readers.newMember();
        given().header("Authorization", reader.bearer())
                .when()
                .get("/api/v1/me")
                .then()
                .statusCode(200)
                .header("Cache-Control", equalTo("private, no-store"))
                .body("email", equalTo(reader.email()))
                .body("tier", equalTo("member"));
        given().header("Authorization", reader.bearer())
                .contentType(ContentType.JSON)
                .body(Map.of("displayName", "Grace"))
                .when()
                .patch("/api/v1/me")
                .then()
                .statusCode(200)
                .body("displayName", equalTo("Grace"));
        given().header("Authorization", reader.bearer())
                .contentType(ContentType.JSON)
                .body(Map.of("displayName", "x".repeat(101)))
                .when()
                .patch("/api/v1/me")
                .then()
                .statusCode(400)
                .body("errors.field", contains("displayName"));
    }

    @Test
    void changingThePasswordEndsEveryOtherSignIn() {
        Readers.SignedIn here = Readers.newMember();
        Readers.SignedIn elsewhere = Readers.logIn(here.email(), here.password());
        String newPassword = "another fine passphrase 9";

        given().header("Authorization", here.bearer())
                .contentType(ContentType.JSON)
                .body(Map.of("currentPassword", "not it at all, sorry", "newPassword", newPassword))
                .when()
                .post("/api/v1/me/password")
                .then()
                .statusCode(400)
                .body("errors.field", contains("currentPassword"));
        given().header("Authorization", here.bearer())
                .contentType(ContentType.JSON)
                .body(Map.of("currentPassword", here.password(), "newPassword", "password1234"))
                .when()
                .post("/api/v1/me/password")
                .then()
                .statusCode(400)
                .body("errors.field", contains("newPassword"));

        given().header("Authorization", here.bearer())
                .contentType(ContentType.JSON)
                .body(Map.of("currentPassword", here.password(), "newPassword", newPassword))
                .when()
                .post("/api/v1/me/password")
                .then()
                .statusCode(204);

        org.junit.jupiter.api.Assertions.assertEquals(200, me(here.bearer()), "this sign-in stays");
        org.junit.jupiter.api.Assertions.assertEquals(401, me(elsewhere.bearer()));
        given().contentType(ContentType.JSON)
                .body(Map.of("refresh_token", elsewhere.refreshToken()))
                .when()
                .post("/api/v1/auth/refresh")
                .then()
                .statusCode(401);
        given().contentType(ContentType.JSON)
                .body(Map.of("email", here.email(), "password", here.password()))
                .when()
                .post("/api/v1/auth/token")
                .then()
                .statusCode(401);
        Readers.logIn(here.email(), newPassword);
    }

    @Test
    void deletingTheAccountRemovesItAndItsTokensStopWorking() {
        Readers.SignedIn reader = Readers.newMember();
        given().header("Authorization", reader.bearer())
                .when()
                .delete("/api/v1/me")
                .then()
                .statusCode(204);
        org.junit.jupiter.api.Assertions.assertEquals(401, me(reader.bearer()));
        given().contentType(ContentType.JSON)
                .body(Map.of("refresh_token", reader.refreshToken()))
                .when()
                .post("/api/v1/auth/refresh")
                .then()
                .statusCode(401);
        given().contentType(ContentType.JSON)
                .body(Map.of("email", reader.email(), "password", reader.password()))
                .when()
                .post("/api/v1/auth/token")
                .then()
                .statusCode(401);
        // The address is free again: the personal data is gone.
        Readers.signUp(reader.email(), reader.password());
    }
}
