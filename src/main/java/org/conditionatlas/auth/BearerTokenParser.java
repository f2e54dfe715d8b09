package org.conditionatlas.auth;

import io.smallrye.jwt.auth.principal.DefaultJWTCallerPrincipal;
import io.smallrye.jwt.auth.principal.JWTAuthContextInfo;
import io.smallrye.jwt.auth.principal.JWTCallerPrincipal;
import io.smallrye.jwt.auth.principal.JWTCallerPrincipalFactory;
import io.smallrye.jwt.auth.principal.ParseException;
import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Alternative;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;
import org.conditionatlas.access.CurrentReader;
import org.conditionatlas.access.Tier;
import org.conditionatlas.account.EffectiveTier;
import org.jose4j.jwa.AlgorithmConstraints;
import org.jose4j.jws.AlgorithmIdentifiers;
import org.jose4j.jwt.JwtClaims;
import org.jose4j.jwt.consumer.InvalidJwtException;
import org.jose4j.jwt.consumer.JwtConsumer;
import org.jose4j.jwt.consumer.JwtConsumerBuilder;
import org.jose4j.lang.UnresolvableKeyException;

/**
 * Verifies bearer tokens for SmallRye JWT with everything pinned: RS256 only (so neither "none" nor
 * an HMAC keyed with a public key passes), our issuer and audience, a key of ours by kid, the
 * required claims, at most 15 minutes of validity, and a sign-in that still stands.
 */
@ApplicationScoped
@Alternative
@Priority(1)
public class BearerTokenParser extends JWTCallerPrincipalFactory {

    private static final int CLOCK_SKEW_SECONDS = 30;
    private static final int MAX_VALIDITY_MINUTES = 15;

    private final SignInGuard guard;
    private final EffectiveTier effectiveTier;
    /** Immutable and thread-safe: built once, with the keys resolved per token by kid. */
    private final JwtConsumer consumer;

    BearerTokenParser(SigningKeys keys, SignInGuard guard, AuthConfig config, EffectiveTier effectiveTier) {
        this.guard = guard;
        this.effectiveTier = effectiveTier;
        this.consumer = new JwtConsumerBuilder()
                .setJwsAlgorithmConstraints(
                        AlgorithmConstraints.ConstraintType.PERMIT, AlgorithmIdentifiers.RSA_USING_SHA256)
                .setVerificationKeyResolver((jws, nested) -> keys.verificationKey(jws.getKeyIdHeaderValue())
                        .orElseThrow(() -> new UnresolvableKeyException("unknown key id")))
                .setExpectedIssuer(config.issuer())
                .setExpectedAudience(config.audience())
                .setRequireExpirationTime()
                .setRequireIssuedAt()
                .setRequireSubject()
                .setRequireJwtId()
                .setMaxFutureValidityInMinutes(MAX_VALIDITY_MINUTES)
                .setAllowedClockSkewInSeconds(CLOCK_SKEW_SECONDS)
                .build();
    }

    @Override
    public JWTCallerPrincipal parse(String token, JWTAuthContextInfo authContextInfo) throws ParseException {
        try {
            JwtClaims claims = consumer.processToClaims(token);
            String signInClaim = claims.getStringClaimValue(CurrentReader.SIGN_IN_CLAIM);
            Optional<Tier> tier = Tier.parse(claims.getStringClaimValue(CurrentReader.TIER_CLAIM));
            Object version = claims.getClaimValue(CurrentReader.VERSION_CLAIM);
            if (signInClaim == null || tier.isEmpty() || !(version instanceof Number)) {
                throw new ParseException("the token lacks its sign-in, tier or version");
            }
            UUID account = UUID.fromString(claims.getSubject());
            Instant issuedAt = Instant.ofEpochSecond(claims.getIssuedAt().getValue());
            long lifeSeconds =
                    claims.getExpirationTime().getValue() - claims.getIssuedAt().getValue();
            if (lifeSeconds > MAX_VALIDITY_MINUTES * 60L) {
                throw new ParseException("the token lives longer than allowed");
            }
            if (!guard.isLive(UUID.fromString(signInClaim), account, issuedAt, ((Number) version).longValue())) {
                throw new ParseException("the token's sign-in has ended");
            }
            // A tier that has since ended (an expired subscription) refuses the token at once, so
            // the client refreshes and gets one with the tier the reader has now.
            if (tier.get() == Tier.SUBSCRIBER && effectiveTier.of(account) != Tier.SUBSCRIBER) {
                throw new ParseException("the token's tier has ended");
            }
            return new DefaultJWTCallerPrincipal(token, "JWT", claims);
        } catch (InvalidJwtException | org.jose4j.jwt.MalformedClaimException | IllegalArgumentException e) {
            // Why a token was refused is for the server's eyes only.
            throw new ParseException("invalid token", e);
        }
    }
}
