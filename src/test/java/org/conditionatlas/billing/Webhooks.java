package org.conditionatlas.billing;

import static io.restassured.RestAssured.given;

import io.restassured.http.ContentType;
import io.restassured.response.Response;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.HexFormat;
import java.util.UUID;

/** Signs events as the payment provider does, with the test profile's webhook secret. */
final class Webhooks {

    static final String SECRET = "test-webhook-secret";

    private Webhooks() {}

    static String event(String type, String email, Instant periodEnd, Instant created) {
        return event("evt_" + UUID.randomUUID(), type, email, periodEnd, created);
    }

    static String event(String id, String type, String email, Instant periodEnd, Instant created) {
        return "{\"id\":\"" + id + "\",\"type\":\"" + type + "\""
                + (created == null ? "" : ",\"created\":\"" + created + "\"")
                + ",\"data\":{\"email\":\"" + email + "\""
                + (periodEnd == null ? "" : ",\"periodEnd\":\"" + periodEnd + "\"") + "}}";
    }

    static String signature(String body, long t, String secret) {
        return "t=" + t + ",v1="
                + HexFormat.of().formatHex(WebhookSignature.hmac(secret, t, body.getBytes(StandardCharsets.UTF_8)));
    }

    static Response send(String body) {
        return sendSigned(body, signature(body, Instant.now().getEpochSecond(), SECRET));
    }

    static Response sendSigned(String body, String signature) {
        return given().contentType(ContentType.JSON)
                .header("Atlas-Signature", signature)
                .body(body.getBytes(StandardCharsets.UTF_8))
                .when()
                .post("/api/v1/billing/events");
    }
}
