package org.conditionatlas.billing;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.conditionatlas.system.ProblemException;
import org.conditionatlas.system.ProblemType;

/**
 * Stripe's webhook signature scheme: {@code Atlas-Signature: t=<unix seconds>,v1=<hex HMAC-SHA256
 * of "<t>.<raw body>">}, compared in constant time, with a tolerance on t.
 */
final class WebhookSignature {

    private WebhookSignature() {}

    /**
     * @return the signature time, once the signature is verified
     */
    static Instant verify(String header, byte[] body, String secret, Instant now, Duration tolerance) {
        if (header == null || header.isBlank()) {
            throw invalid("The Atlas-Signature header is missing.");
        }
        Long timestamp = null;
        List<byte[]> signatures = new ArrayList<>();
        for (String part : header.split(",")) {
            String[] pair = part.strip().split("=", 2);
            if (pair.length != 2) {
                throw invalid("The Atlas-Signature header is malformed.");
            }
            try {
                switch (pair[0]) {
                    case "t" -> timestamp = Long.parseLong(pair[1]);
                    case "v1" -> signatures.add(HexFormat.of().parseHex(pair[1]));
                    default -> {} // other schemes are ignored, as Stripe does
                }
            } catch (IllegalArgumentException e) {
                throw invalid("The Atlas-Signature header is malformed.");
            }
        }
        if (timestamp == null || signatures.isEmpty()) {
            throw invalid("The Atlas-Signature header needs t and v1.");
        }
        Instant signedAt = Instant.ofEpochSecond(timestamp);
        if (Duration.between(signedAt, now).abs().compareTo(tolerance) > 0) {
            throw invalid("The signature time is more than " + tolerance.toMinutes() + " minutes from now.");
        }
        byte[] expected = hmac(secret, timestamp, body);
        for (byte[] signature : signatures) {
            if (MessageDigest.isEqual(expected, signature)) {
                return signedAt;
            }
        }
        throw invalid("The signature does not match the body.");
    }

    static byte[] hmac(String secret, long timestamp, byte[] body) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
            mac.update((timestamp + ".").getBytes(StandardCharsets.UTF_8));
            return mac.doFinal(body);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    private static ProblemException invalid(String detail) {
        return new ProblemException(ProblemType.INVALID_SIGNATURE, detail);
    }
}
