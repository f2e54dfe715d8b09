package org.conditionatlas.auth;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.lessThanOrEqualTo;
import static org.hamcrest.Matchers.notNullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;

@QuarkusTest
class SignInTest {

    private static Response logIn(String email, String password) {
        return given().contentType(ContentType.JSON)
                .body(Map.of("email", email, "password", password))
                .when()
                .post("/api/v1/auth/token");
    }

    private static Response refresh(String refreshToken) {
        return given().contentType(ContentType.JSON)
                .body(Map.of("refresh_token", refreshToken))
                .when()
                .post("/api/v1/auth/refresh");
    }

    private static int treatment(String accessToken) {
        return given().header("Authorization", "Bearer " + accessToken)
                .when()
                .get("/api/v1/conditions/M61.28/treatment")
                .then()
                .extract()
                .statusCode();
    }

    @Test
    void logInAnswersAShortLivedTokenPairThatUnlocksTheTreatment() {
        String email = Readers.signUp(Readers.newEmail(), Readers.PASSWORD);
        String access = logIn(email.toUpperCase(), Readers.PASSWORD)
                .then()
                .statusCode(200)
                .header("Cache-Control", containsString("no-store"))
                .body("token_type", equalTo("Bearer"))
                .body("expires_in", lessThanOrEqualTo(900))
                .body("refresh_token", notNullValue())
                .body("refresh_expires_in", notNullValue())
                .extract()
                .path("access_token");
        String[] parts = access.split("\\.");
        String header = new String(Base64.getUrlDecoder().decode(parts[0]), StandardCharsets.UTF_8);
        String claims = new String(Base64.getUrlDecoder().decode(parts[1]), StandardCharsets.UTF_8);
        assertTrue(header.contains("\"alg\":\"RS256\"") && header.contains("\"kid\""), header);
        for (String claim :
                List.of("\"iss\"", "\"aud\"", "\"sub\"", "\"iat\"", "\"exp\"", "\"jti\"", "\"tier\":\"member\"")) {
            assertTrue(claims.contains(claim), claim + " in " + claims);
        }

        given().header("Authorization", "Bearer " + access)
                .when()
                .get("/api/v1/conditions/M61.28/treatment")
                .then()
                .statusCode(200)
                .header("Cache-Control", equalTo("private, no-store"))
                .header("Vary", containsString("Authorization"))
                .body("aspect", equalTo("treatment"))
                .body("requiredTier", equalTo("member"))
                .body("body", containsString("indomethacin"));
        given().header("Authorization", "Bearer " + access)
                .when()
                .get("/api/v1/conditions/M61.28")
                .then()
                .statusCode(200)
                .header("Cache-Control", equalTo("private, no-store"))
                .body("sections.find { it.aspect == 'treatment' }.access", equalTo("granted"))
                .body("sections.find { it.aspect == 'treatment' }.body", containsString("indomethacin"));
        given().header("Authorization", "Bearer " + access)
                .when()
                .get("/api/v1/conditions/M61.2")
                .then()
                .statusCode(200)
                .header("Cache-Control", equalTo("private"));
    }

    @Test
    void withoutATokenTheTreatmentIs401NamingSignUpAndLogIn() {
        given().when()
                .get("/api/v1/conditions/m6128/treatment")
                .then()
                .statusCode(401)
                .contentType("application/problem+json")
                .header("WWW-Authenticate", equalTo("Bearer"))
                .body("type", equalTo("/problems/authentication-required"))
                .body("requiredTier", equalTo("member"))
                .body("signUp", containsString("/signup"))
                .body("logIn", containsString("/login"));
        given().when()
                .get("/api/v1/conditions/M61.28/sections/overview")
                .then()
                .statusCode(200)
                .header("Cache-Control", containsString("public"))
                .body("body", containsString("Paralytic calcification"));
        given().when()
                .get("/api/v1/conditions/M61.28/sections/prevention")
                .then()
                .statusCode(404)
                .contentType("application/problem+json")
                .body("type", equalTo("/problems/unknown-section"));
        given().when().get("/api/v1/conditions/M61.2/treatment").then().statusCode(404);
    }

    @Test
    void aWrongPasswordAndAnUnknownEmailAnswerAlike() {
        String email = Readers.signUp(Readers.newEmail(), Readers.PASSWORD);
        Response wrong = logIn(email, "not the right passphrase");
        Response unknown = logIn(Readers.newEmail(), "not the right passphrase");
        assertEquals(401, wrong.statusCode());
        assertEquals(wrong.statusCode(), unknown.statusCode());
        assertEquals(wrong.contentType(), unknown.contentType());
        assertEquals(wrong.header("WWW-Authenticate"), unknown.header("WWW-Authenticate"));
        assertEquals(wrong.jsonPath().getMap("$"), unknown.jsonPath().getMap("$"));
        assertEquals("/problems/invalid-credentials", wrong.jsonPath().getString("type"));
    }

    @Test
    void refreshRotatesAndTheOldRefreshTokenStopsWorking() {
        Readers.SignedIn reader = Readers.newMember();
        Response rotated = refresh(reader.refreshToken());
        rotated.then().statusCode(200).body("access_token", notNullValue());
        String newRefresh = rotated.jsonPath().getString("refresh_token");
        assertNotEquals(reader.refreshToken(), newRefresh);
        assertEquals(200, treatment(rotated.jsonPath().getString("access_token")));
        refresh(newRefresh).then().statusCode(200);
    }

    @Test
    void presentingARotatedRefreshTokenAgainRevokesTheWholeSignIn() {
        Readers.SignedIn reader = Readers.newMember();
        Response rotated = refresh(reader.refreshToken());
        String newAccess = rotated.jsonPath().getString("access_token");
        String newRefresh = rotated.jsonPath().getString("refresh_token");
        assertEquals(200, treatment(newAccess));

        refresh(reader.refreshToken())
                .then()
                .statusCode(401)
                .contentType("application/problem+json")
                .body("type", equalTo("/problems/invalid-token"));

        refresh(newRefresh).then().statusCode(401);
        assertEquals(401, treatment(newAccess));
        assertEquals(401, treatment(reader.accessToken()));
        // Another sign-in of the same account is not affected.
        Readers.SignedIn other = Readers.logIn(reader.email(), reader.password());
        assertEquals(200, treatment(other.accessToken()));
    }

    @Test
    void concurrentRefreshesWithOneTokenLetAtMostOneWin() throws Exception {
        Readers.SignedIn reader = Readers.newMember();
        ExecutorService pool = Executors.newFixedThreadPool(10);
        try {
            List<Callable<Response>> calls = new ArrayList<>();
            for (int i = 0; i < 10; i++) {
                calls.add(() -> refresh(reader.refreshToken()));
            }
            List<Response> responses = new ArrayList<>();
            for (Future<Response> f : pool.invokeAll(calls)) {
                responses.add(f.get());
            }
            long wins = responses.stream().filter(r -> r.statusCode() == 200).count();
            assertTrue(wins <= 1, "wins: " + wins);
            assertTrue(responses.stream().allMatch(r -> r.statusCode() == 200 || r.statusCode() == 401));
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void logOutEndsTheSignInForItsAccessAndRefreshTokens() {
        Readers.SignedIn reader = Readers.newMember();
        Readers.SignedIn otherDevice = Readers.logIn(reader.email(), reader.password());
        given().header("Authorization", reader.bearer())
                .contentType(ContentType.JSON)
                .body(Map.of("refresh_token", reader.refreshToken()))
                .when()
                .post("/api/v1/auth/logout")
                .then()
                .statusCode(204);
        assertEquals(401, treatment(reader.accessToken()));
        refresh(reader.refreshToken()).then().statusCode(401);
        assertEquals(200, treatment(otherDevice.accessToken()), "other sign-ins stay");
        given().when().post("/api/v1/auth/logout").then().statusCode(401).header("WWW-Authenticate", equalTo("Bearer"));
    }

    @Test
    void repeatedFailuresThrottleTheEmailEvenForTheRightPasswordAndWhetherOrNotItExists() {
        String email = Readers.signUp(Readers.newEmail(), Readers.PASSWORD);
        String unknown = Readers.newEmail();
        for (String target : List.of(email, unknown)) {
            int attempts = 0;
            int status;
            do {
                status = logIn(target, "wrong passphrase number " + attempts).statusCode();
                attempts++;
            } while (status == 401 && attempts < 20);
            assertEquals(429, status, "throttled after " + attempts + " attempts");
            assertTrue(attempts <= 11, "at most 10 failures before the throttle: " + attempts);
        }
        logIn(email, Readers.PASSWORD)
                .then()
                .statusCode(429)
                .contentType("application/problem+json")
                .header("Retry-After", notNullValue())
                .body("type", equalTo("/problems/too-many-requests"))
                .body("status", equalTo(429));
        int retryAfter = Integer.parseInt(logIn(email, Readers.PASSWORD).header("Retry-After"));
        assertTrue(retryAfter >= 1, "Retry-After: " + retryAfter);
        Response unknownAnswer = logIn(unknown, Readers.PASSWORD);
        assertEquals(429, unknownAnswer.statusCode(), "an unknown email is throttled alike");
    }
}
