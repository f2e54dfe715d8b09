package org.conditionatlas.auth;

import io.smallrye.jwt.auth.principal.ParseException;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Optional;
import java.util.UUID;
import org.conditionatlas.access.CurrentReader;
import org.conditionatlas.access.Reader;
import org.conditionatlas.access.Tier;
import org.eclipse.microprofile.jwt.JsonWebToken;

/**
 * Verifies an access token outside the bearer mechanism, for channels (such as the web pages'
 * session cookie) that treat an invalid token as no session instead of a 401. Same checks as the
 * API: {@link BearerTokenParser}.
 */
@ApplicationScoped
public class TokenVerifier {

    /** A verified token's reader and where it comes from. */
    public record Verified(Reader reader, UUID accountId, UUID signInId) {}

    private final BearerTokenParser parser;

    TokenVerifier(BearerTokenParser parser) {
        this.parser = parser;
    }

    public Optional<Verified> verify(String accessToken) {
        if (accessToken == null || accessToken.isBlank()) {
            return Optional.empty();
        }
        try {
            JsonWebToken jwt = parser.parse(accessToken, null);
            Tier tier = Tier.parse(jwt.getClaim(CurrentReader.TIER_CLAIM)).orElse(Tier.MEMBER);
            return Optional.of(new Verified(
                    new Reader(tier),
                    UUID.fromString(jwt.getSubject()),
                    UUID.fromString(jwt.getClaim(CurrentReader.SIGN_IN_CLAIM))));
        } catch (ParseException e) {
            return Optional.empty();
        }
    }
}
