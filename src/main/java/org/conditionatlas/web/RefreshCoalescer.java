package org.conditionatlas.web;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Duration;
import org.conditionatlas.auth.SignInService;
import org.conditionatlas.auth.TokenPair;
import org.conditionatlas.system.Sha256;

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
        return recent.get(Sha256.hex(refreshToken), key -> signIns.refresh(refreshToken));
    }
}
