package org.conditionatlas.auth;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.jwk.JWK;
import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.KeyType;
import com.nimbusds.jose.jwk.KeyUse;
import com.nimbusds.jose.jwk.source.ImmutableJWKSet;
import com.nimbusds.jose.proc.BadJOSEException;
import com.nimbusds.jose.proc.JWSVerificationKeySelector;
import com.nimbusds.jose.proc.SecurityContext;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import com.nimbusds.jwt.proc.DefaultJWTClaimsVerifier;
import com.nimbusds.jwt.proc.DefaultJWTProcessor;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * The published JWKS verifies a real access token with a JOSE library the service does not use
 * (Nimbus), as another backend would verify it.
 */
@QuarkusTest
class JwksInteropTest {

    static final String PASSWORD = "a fine long passphrase 7";

    @Test
    void theJwksVerifiesARealAccessTokenWithNimbusAlone() throws Exception {
        String email = "jwks-" + UUID.randomUUID() + "@example.org";
        String accountId = given().contentType("application/json")
                .body(Map.of("email", email, "password", PASSWORD))
                .when()
                .post("/api/v1/accounts")
                .then()
                .statusCode(201)
                .extract()
                .path("id");
        JsonPath pair = given().contentType("application/json")
                .body(Map.of("email", email, "password", PASSWORD))
                .when()
                .post("/api/v1/auth/token")
                .then()
                .statusCode(200)
                .extract()
                .jsonPath();
        String token = pair.getString("access_token");

        String body = given().when()
                .get("/.well-known/jwks.json")
                .then()
                .statusCode(200)
                .extract()
                .asString();
        JWKSet jwks = JWKSet.parse(body);
        assertFalse(jwks.getKeys().isEmpty(), "the JWKS has keys");
        for (JWK key : jwks.getKeys()) {
            assertEquals(KeyType.RSA, key.getKeyType());
            assertEquals(KeyUse.SIGNATURE, key.getKeyUse());
            assertEquals(JWSAlgorithm.RS256, key.getAlgorithm());
            assertFalse(key.isPrivate(), "only public keys are published: " + key.getKeyID());
            assertTrue(key.toRSAKey().size() >= 2048, "RSA keys of 2048 bits or more");
            assertEquals(
                    key.computeThumbprint().toString(), key.getKeyID(), "the kid is the key's RFC 7638 thumbprint");
        }

        SignedJWT parsed = SignedJWT.parse(token);
        assertEquals(JWSAlgorithm.RS256, parsed.getHeader().getAlgorithm());
        String kid = parsed.getHeader().getKeyID();
        assertNotNull(kid, "the token names its key");
        assertEquals(
                1,
                jwks.getKeys().stream().filter(k -> kid.equals(k.getKeyID())).count(),
                "exactly one published key has the token's kid");

        DefaultJWTProcessor<SecurityContext> processor = processor(jwks);
        JWTClaimsSet claims = processor.process(token, null);

        assertEquals("condition-atlas", claims.getIssuer());
        assertEquals(List.of("condition-atlas-api"), claims.getAudience());
        assertEquals(accountId, claims.getSubject());
        assertEquals("member", claims.getStringClaim("tier"));
        assertNotNull(UUID.fromString(claims.getJWTID()), "jti is a UUID");
        assertNotNull(UUID.fromString(claims.getStringClaim("sid")), "sid is a UUID");
        Instant issuedAt = claims.getIssueTime().toInstant();
        Instant expires = claims.getExpirationTime().toInstant();
        Instant now = Instant.now();
        assertTrue(expires.isAfter(now), "not yet expired");
        assertFalse(issuedAt.isAfter(now.plusSeconds(5)), "not issued in the future");
        assertTrue(
                Duration.between(issuedAt, expires).compareTo(Duration.ofMinutes(15)) <= 0, "lives at most 15 minutes");
        assertEquals(
                pair.getLong("expires_in"),
                Duration.between(issuedAt, expires).toSeconds(),
                "expires_in is the token's life");

        // The same processor refuses the token once its signature is touched: it really verifies.
        String tampered = token.substring(0, token.length() - 4) + (token.endsWith("AAAA") ? "BBBB" : "AAAA");
        assertThrows(BadJOSEException.class, () -> processor(jwks).process(tampered, null));
    }

    private static DefaultJWTProcessor<SecurityContext> processor(JWKSet jwks) {
        DefaultJWTProcessor<SecurityContext> processor = new DefaultJWTProcessor<>();
        processor.setJWSKeySelector(new JWSVerificationKeySelector<>(JWSAlgorithm.RS256, new ImmutableJWKSet<>(jwks)));
        processor.setJWTClaimsSetVerifier(new DefaultJWTClaimsVerifier<>(
                "condition-atlas-api",
                new JWTClaimsSet.Builder().issuer("condition-atlas").build(),
                Set.of("sub", "iat", "exp", "jti", "tier", "sid")));
        return processor;
    }
}
