package org.conditionatlas.access;

import io.quarkus.security.identity.SecurityIdentity;
import jakarta.enterprise.context.RequestScoped;
import java.util.Optional;
import java.util.UUID;
import org.eclipse.microprofile.jwt.JsonWebToken;

/** Who is asking, from the verified access token (anonymous without one). */
@RequestScoped
public class CurrentReader {

    /** The access-token claim that carries the reader's tier. */
    public static final String TIER_CLAIM = "tier";

    /** The access-token claim that carries the sign-in the token belongs to. */
    public static final String SIGN_IN_CLAIM = "sid";

    /** The access-token claim that carries the account's token version (see SignInGuard). */
    public static final String VERSION_CLAIM = "ver";

    private final SecurityIdentity identity;

    CurrentReader(SecurityIdentity identity) {
        this.identity = identity;
    }

    public Reader reader() {
        return token().map(
                        jwt -> new Reader(Tier.parse(jwt.getClaim(TIER_CLAIM)).orElse(Tier.MEMBER)))
                .orElse(Reader.ANONYMOUS);
    }

    /** The account of a signed-in reader. */
    public Optional<UUID> accountId() {
        return token().map(jwt -> UUID.fromString(jwt.getSubject()));
    }

    /** The sign-in the token belongs to. */
    public Optional<UUID> signInId() {
        return token().map(jwt -> UUID.fromString(jwt.getClaim(SIGN_IN_CLAIM)));
    }

    private Optional<JsonWebToken> token() {
        return identity.isAnonymous() || !(identity.getPrincipal() instanceof JsonWebToken jwt)
                ? Optional.empty()
                : Optional.of(jwt);
    }
}
