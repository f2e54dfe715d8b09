package org.conditionatlas.web;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import jakarta.enterprise.context.ApplicationScoped;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.util.HexFormat;
import org.conditionatlas.auth.SignInService;
import org.conditionatlas.auth.TokenPair;

/**
 * One rotation per refresh cookie. A browser sends the same expired session from several tabs at
 * once, and the API would take the second refresh for a stolen token's reuse and end the sign-in.
 * Here, concurrent refreshes of one token wait for the first and share its new tokens, and so do
 * requests that still carry the old cookie for a few seconds after. Per instance; the API's own
 * refresh endpoint keeps its strict rule (at most one wins).
 */
@ApplicationScoped
class RefreshCoalescer {

    /** How long a rotation's result answers requests that still carry the old cookie. */
    static final Duration GRACE = Duration.ofSeconds(10);

    private final SignInService signIns;
    private final Cache<String, TokenPair> recent =
            Caffeine.newBuilder().expireAfterWrite(GRACE).maximumSize(100_000).build();

    RefreshCoalescer(SignInService signIns) {
        this.signIns = signIns;
    }

    /** The new tokens for this refresh token; throws as {@link SignInService#refresh} does. */
    TokenPair refresh(String refreshToken) {
        return recent.get(sha256(refreshToken), key -> signIns.refresh(refreshToken));
    }

    private static String sha256(String token) {
        try {
            return HexFormat.of()
                    .formatHex(MessageDigest.getInstance("SHA-256").digest(token.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
