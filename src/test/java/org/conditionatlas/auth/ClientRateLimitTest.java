package org.conditionatlas.auth;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import java.util.Map;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;

@QuarkusTest
@TestProfile(ClientRateLimitTest.LowLimits.class)
class ClientRateLimitTest {

    /** Low per-client limits. */
    public static class LowLimits implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of(
                    "atlas.auth.rate-limit.sign-ups-per-minute", "3",
                    "atlas.auth.rate-limit.log-ins-per-minute", "5");
        }
    }

    /** Attempts until the first 429; twice the limit covers a minute window turning over once. */
    private static Response firstRefusal(int limit, Supplier<Response> attempt) {
        for (int i = 0; i < 2 * (limit + 1); i++) {
            Response response = attempt.get();
            if (response.statusCode() == 429) {
                return response;
            }
        }
        throw new AssertionError("no 429 within " + 2 * (limit + 1) + " attempts");
    }

    @Test
    void oneClientIsLimitedInSignUpsPerMinute() {
        Response refused = firstRefusal(
                3,
                () -> given().contentType(ContentType.JSON)
                        .body(Map.of("email", Readers.newEmail(), "password", Readers.PASSWORD))
                        .when()
                        .post("/api/v1/accounts"));
        refused.then().contentType("application/problem+json").body("type", equalTo("/problems/too-many-requests"));
        int retryAfter = Integer.parseInt(refused.header("Retry-After"));
        assertTrue(retryAfter >= 1 && retryAfter <= 60, "Retry-After " + retryAfter);
    }

    @Test
    void oneClientIsLimitedInLogInsPerMinuteWhateverTheEmails() {
        Response refused = firstRefusal(
                5,
                () -> given().contentType(ContentType.JSON)
                        .body(Map.of("email", Readers.newEmail(), "password", "some wrong passphrase"))
                        .when()
                        .post("/api/v1/auth/token"));
        refused.then().contentType("application/problem+json");
        assertTrue(Integer.parseInt(refused.header("Retry-After")) <= 60);
    }
}
