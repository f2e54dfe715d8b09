package org.conditionatlas.auth;

import java.security.SecureRandom;
import java.util.Base64;
import org.conditionatlas.system.Sha256;

/** Opaque refresh tokens: 256 random bits, kept only as a SHA-256 hash. */
final class RefreshTokens {

    private static final SecureRandom RANDOM = new SecureRandom();

    private RefreshTokens() {}

    static String newToken() {
        byte[] bits = new byte[32];
        RANDOM.nextBytes(bits);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bits);
    }

    static String hash(String token) {
        return Sha256.hex(token);
    }
}
