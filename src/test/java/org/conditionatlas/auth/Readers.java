package org.conditionatlas.auth;

import static io.restassured.RestAssured.given;

import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import java.util.Map;
import java.util.UUID;

/** Test readers: each test signs up its own, so no test depends on another's data. */
public final class Readers {

    public static final String PASSWORD = "a fine long passphrase 7";

    private Readers() {}

    /** A signed-up member's credentials and a fresh sign-in. */
    public record SignedIn(String email, String password, String accessToken, String refreshToken) {
        public String bearer() {
            return "Bearer " + accessToken;
        }
    }

    public static String newEmail() {
        return "reader-" + UUID.randomUUID() + "@example.org";
    }

    public static String signUp(String email, String password) {
        given().contentType(ContentType.JSON)
                .body(Map.of("email", email, "password", password))
                .when()
                .post("/api/v1/accounts")
                .then()
                .statusCode(201);
        return email;
    }

    public static SignedIn newMember() {
        String email = signUp(newEmail(), PASSWORD);
        return logIn(email, PASSWORD);
    }

    public static SignedIn logIn(String email, String password) {
        JsonPath tokens = given().contentType(ContentType.JSON)
                .body(Map.of("email", email, "password", password))
                .when()
                .post("/api/v1/auth/token")
                .then()
                .statusCode(200)
                .extract()
                .jsonPath();
        return new SignedIn(email, password, tokens.getString("access_token"), tokens.getString("refresh_token"));
    }
}
