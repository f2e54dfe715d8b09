package org.conditionatlas.auth;

import io.smallrye.jwt.algorithm.SignatureAlgorithm;
import io.smallrye.jwt.build.Jwt;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.util.Set;
import java.util.UUID;
import org.conditionatlas.access.CurrentReader;
import org.conditionatlas.account.Account;
import org.conditionatlas.account.EffectiveTier;

/** Signs access tokens: RS256, kid, iss, aud, sub, iat, exp, jti, the reader's tier and roles. */
@ApplicationScoped
class TokenIssuer {

    private final AuthConfig config;
    private final SigningKeys keys;
    private final EffectiveTier effectiveTier;

    TokenIssuer(AuthConfig config, SigningKeys keys, EffectiveTier effectiveTier) {
        this.config = config;
        this.keys = keys;
        this.effectiveTier = effectiveTier;
    }

    String accessToken(Account account, UUID signInId, Instant now) {
        SigningKeys.KeyPairInUse key = keys.signingKey();
        return Jwt.issuer(config.issuer())
                .audience(config.audience())
                .subject(account.id.toString())
                .issuedAt(now)
                .expiresAt(now.plus(config.accessTokenLifetime()))
                .claim("jti", UUID.randomUUID().toString())
                .claim(CurrentReader.TIER_CLAIM, effectiveTier.of(account).id())
                .claim(CurrentReader.SIGN_IN_CLAIM, signInId.toString())
                .claim(CurrentReader.VERSION_CLAIM, account.tokenVersion)
                .groups(Set.of(account.roles))
                .jws()
                .keyId(key.kid())
                .algorithm(SignatureAlgorithm.RS256)
                .sign(key.privateKey());
    }
}
