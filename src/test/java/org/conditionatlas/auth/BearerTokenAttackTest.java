package org.conditionatlas.auth;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;

import com.nimbusds.jose.JOSEObjectType;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.MACSigner;
import com.nimbusds.jose.crypto.RSASSASigner;
import com.nimbusds.jose.jwk.JWK;
import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jose.util.Base64URL;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import io.agroal.api.AgroalDataSource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import java.nio.charset.StandardCharsets;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.PrivateKey;
import java.security.interfaces.RSAPublicKey;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * Crafted and forged bearer tokens. Each attack changes exactly one thing about a real access token
 * of a fresh, live sign-in; {@link #controlAReSignedCopyOfARealTokenIsAccepted} shows that an
 * untouched copy re-signed by the test is accepted, so each refusal below is caused by its one
 * defect. Every refusal is the same 401 invalid-token problem, on the gated treatment and on the
 * public page alike, and never carries the treatment text.
 */
@QuarkusTest
class BearerTokenAttackTest {

    static final String TREATMENT = "/api/v1/conditions/M61.28/treatment";
    static final String PAGE = "/api/v1/conditions/M61.28";
    static final String PASSWORD = "a fine long passphrase 7";

    /** A word of the full treatment that its anonymous preview does not contain. */
    static final String TREATMENT_TEXT = "indomethacin";

    static final String CHALLENGE = "Bearer error=\"invalid_token\"";
    static final String ISSUER = "condition-atlas";
    static final String AUDIENCE = "condition-atlas-api";

    @Inject
    SigningKeys signingKeys;

    @Inject
    AgroalDataSource dataSource;

    /** A fresh account's live sign-in: its tokens and the access token's decoded parts. */
    record Session(
            UUID accountId, String email, String accessToken, String refreshToken, SignedJWT jwt, JWTClaimsSet claims) {

        String kid() {
            return jwt.getHeader().getKeyID();
        }

        String[] parts() {
            return accessToken.split("\\.", -1);
        }
    }

    // --- the control ---------------------------------------------------------------------------

    @Test
    void controlAReSignedCopyOfARealTokenIsAccepted() throws Exception {
        Session session = signUpAndLogIn();
        assertEquals(JWSAlgorithm.RS256, session.jwt().getHeader().getAlgorithm());
        assertEquals(signingKeys.signingKey().kid(), session.kid(), "the test signs as the service");
        assertAccepted(session.accessToken());

        String copy = resign(session.claims());
        assertNotEquals(session.accessToken(), copy, "a copy signed by the test, not the original");
        assertAccepted(copy);
    }

    // --- 1. alg "none" -------------------------------------------------------------------------

    @Test
    void unsignedTokenWithAlgNoneIsRefused() throws Exception {
        Session session = signUpAndLogIn();
        String claims = session.parts()[1];

        assertRefusedEverywhere(b64("{\"alg\":\"none\",\"typ\":\"JWT\"}") + "." + claims + ".");
        for (String none : List.of("None", "NONE", "nOnE")) {
            assertRefusedEverywhere(b64("{\"alg\":\"" + none + "\",\"typ\":\"JWT\"}") + "." + claims + ".");
        }
        // With our kid, and with the real signature still attached.
        String noneWithKid = b64("{\"alg\":\"none\",\"typ\":\"JWT\",\"kid\":\"" + session.kid() + "\"}");
        assertRefusedEverywhere(noneWithKid + "." + claims + ".");
        assertRefusedEverywhere(noneWithKid + "." + claims + "." + session.parts()[2]);
    }

    // --- 2. HS256 keyed with the public key ------------------------------------------------------

    @Test
    void hmacKeyedWithThePublicKeyIsRefused() throws Exception {
        Session session = signUpAndLogIn();
        RSAPublicKey publicKey = signingKeys.signingKey().publicKey();
        String jwks = given().when()
                .get("/.well-known/jwks.json")
                .then()
                .statusCode(200)
                .extract()
                .asString();
        JWK published = JWKSet.parse(jwks).getKeyByKeyId(session.kid());
        assertNotNull(published, "the token's kid is published");
        RSAKey rsa = published.toRSAKey();
        String canonical =
                "{\"e\":\"" + rsa.getPublicExponent() + "\",\"kty\":\"RSA\",\"n\":\"" + rsa.getModulus() + "\"}";
        String pem = "-----BEGIN PUBLIC KEY-----\n"
                + Base64.getMimeEncoder(64, "\n".getBytes(StandardCharsets.US_ASCII))
                        .encodeToString(publicKey.getEncoded())
                + "\n-----END PUBLIC KEY-----\n";
        List<byte[]> secrets = List.of(
                publicKey.getEncoded(),
                published.toJSONString().getBytes(StandardCharsets.UTF_8),
                canonical.getBytes(StandardCharsets.UTF_8),
                jwks.getBytes(StandardCharsets.UTF_8),
                pem.getBytes(StandardCharsets.US_ASCII));
        for (byte[] secret : secrets) {
            for (JWSAlgorithm hmac : List.of(JWSAlgorithm.HS256, JWSAlgorithm.HS384, JWSAlgorithm.HS512)) {
                SignedJWT forged = new SignedJWT(
                        new JWSHeader.Builder(hmac)
                                .type(JOSEObjectType.JWT)
                                .keyID(session.kid())
                                .build(),
                        session.claims());
                forged.sign(new MACSigner(secret));
                assertRefusedEverywhere(forged.serialize());
            }
        }
    }

    // --- 3. another key under our kid -----------------------------------------------------------

    @Test
    void tokenSignedWithAnotherKeyUnderOurKidIsRefused() throws Exception {
        Session session = signUpAndLogIn();
        KeyPair attacker = rsaKeyPair();
        assertRefusedEverywhere(sign(session.claims(), session.kid(), attacker.getPrivate(), null)
                .serialize());
    }

    @Test
    void attackerKeyEmbeddedInTheHeaderIsIgnored() throws Exception {
        Session session = signUpAndLogIn();
        KeyPair attacker = rsaKeyPair();
        RSAKey embedded = new RSAKey.Builder((RSAPublicKey) attacker.getPublic())
                .keyID(session.kid())
                .build();
        // The jwk header names the key that did sign; a verifier must not trust it.
        assertRefusedEverywhere(sign(session.claims(), session.kid(), attacker.getPrivate(), embedded)
                .serialize());
        assertRefusedEverywhere(
                sign(session.claims(), null, attacker.getPrivate(), embedded).serialize());
    }

    // --- 4. a changed claim under the old signature ---------------------------------------------

    @Test
    void changedClaimUnderTheOriginalSignatureIsRefused() throws Exception {
        Session session = signUpAndLogIn();
        JWTClaimsSet subscriber = new JWTClaimsSet.Builder(session.claims())
                .claim("tier", "subscriber")
                .build();
        String[] parts = session.parts();
        assertRefusedEverywhere(parts[0] + "." + b64(subscriber.toString()) + "." + parts[2]);

        JWTClaimsSet admin = new JWTClaimsSet.Builder(session.claims())
                .claim("groups", List.of("admin"))
                .build();
        assertRefusedEverywhere(parts[0] + "." + b64(admin.toString()) + "." + parts[2]);
    }

    // --- 5. unknown and malicious kids ----------------------------------------------------------

    @Test
    void realSignatureUnderAnUnknownOrMaliciousKidIsRefused() throws Exception {
        Session session = signUpAndLogIn();
        List<String> kids = List.of(
                "no-such-key",
                "../../etc/passwd",
                "' OR '1'='1",
                "%",
                "",
                session.kid() + " ",
                session.kid().toLowerCase(),
                "k".repeat(10_000));
        for (String kid : kids) {
            if (kid.equals(session.kid())) {
                continue;
            }
            assertRefusedEverywhere(resign(session.claims(), kid));
        }
        // No kid at all.
        assertRefusedEverywhere(resign(session.claims(), null));
        // And our own kid still verifies afterwards: the forged kids broke nothing.
        assertAccepted(resign(session.claims()));
    }

    // --- 6. truncated or borrowed signature -----------------------------------------------------

    @Test
    void truncatedSignatureIsRefused() throws Exception {
        Session session = signUpAndLogIn();
        String token = session.accessToken();
        assertRefusedEverywhere(token.substring(0, token.length() - 10));
        // Header and claims alone, with and without the final dot.
        String[] parts = session.parts();
        assertRefusedEverywhere(parts[0] + "." + parts[1] + ".");
        assertRefusedEverywhere(parts[0] + "." + parts[1]);
    }

    @Test
    void signatureOfAnotherRealTokenIsRefused() throws Exception {
        Session session = signUpAndLogIn();
        Session second = logIn(session.accountId(), session.email());
        Session other = signUpAndLogIn();
        assertAccepted(second.accessToken());
        assertAccepted(other.accessToken());
        String[] parts = session.parts();
        assertRefusedEverywhere(parts[0] + "." + parts[1] + "." + second.parts()[2]);
        assertRefusedEverywhere(parts[0] + "." + parts[1] + "." + other.parts()[2]);
    }

    // --- 7. expired ------------------------------------------------------------------------------

    @Test
    void expiredTokenIsRefused() throws Exception {
        Session session = signUpAndLogIn();
        // Tokens issued before the account existed are refused anyway; move that limit back so
        // that only the expiry can refuse the tokens below.
        backdateNotBefore(session.accountId(), Duration.ofHours(1));
        Instant now = Instant.now();
        assertAccepted(resign(withTimes(session.claims(), now.minusSeconds(10 * 60), now.plusSeconds(240))));

        assertRefusedEverywhere(
                resign(withTimes(session.claims(), now.minusSeconds(20 * 60), now.minusSeconds(5 * 60))));
        // Past the 30 seconds of allowed clock skew.
        assertRefusedEverywhere(resign(withTimes(session.claims(), now.minusSeconds(10 * 60), now.minusSeconds(90))));
    }

    // --- 8. wrong issuer -----------------------------------------------------------------------

    @Test
    void wrongOrMissingIssuerIsRefused() throws Exception {
        Session session = signUpAndLogIn();
        for (String issuer : List.of("https://evil.example", "Condition-Atlas", ISSUER + " ")) {
            assertRefusedEverywhere(resign(
                    new JWTClaimsSet.Builder(session.claims()).issuer(issuer).build()));
        }
        assertRefusedEverywhere(
                resign(new JWTClaimsSet.Builder(session.claims()).issuer(null).build()));
    }

    // --- 9. wrong audience ---------------------------------------------------------------------

    @Test
    void wrongOrMissingAudienceIsRefused() throws Exception {
        Session session = signUpAndLogIn();
        assertRefusedEverywhere(resign(new JWTClaimsSet.Builder(session.claims())
                .audience("another-api")
                .build()));
        assertRefusedEverywhere(resign(new JWTClaimsSet.Builder(session.claims())
                .audience(List.of("another-api", "yet-another-api"))
                .build()));
        assertRefusedEverywhere(resign(
                new JWTClaimsSet.Builder(session.claims()).audience(ISSUER).build()));
        assertRefusedEverywhere(resign(new JWTClaimsSet.Builder(session.claims())
                .audience((String) null)
                .build()));
    }

    // --- 10. the refresh token as a bearer token -----------------------------------------------

    @Test
    void refreshTokenIsNotABearerToken() throws Exception {
        Session session = signUpAndLogIn();
        assertNotNull(session.refreshToken());
        assertRefusedEverywhere(session.refreshToken());
    }

    // --- 11. missing required claims -----------------------------------------------------------

    @Test
    void tokenWithoutJtiIsRefused() throws Exception {
        Session session = signUpAndLogIn();
        assertRefusedEverywhere(
                resign(new JWTClaimsSet.Builder(session.claims()).jwtID(null).build()));
    }

    @Test
    void tokenWithoutExpiryIsRefused() throws Exception {
        Session session = signUpAndLogIn();
        assertRefusedEverywhere(resign(
                new JWTClaimsSet.Builder(session.claims()).expirationTime(null).build()));
    }

    // --- 12. too long a life -------------------------------------------------------------------

    @Test
    void tokenLivingLongerThanFifteenMinutesIsRefused() throws Exception {
        Session session = signUpAndLogIn();
        Instant issuedAt = session.claims().getIssueTime().toInstant();
        // The longest life allowed passes (with a little room for the test's own time) ...
        assertAccepted(resign(withTimes(session.claims(), issuedAt, issuedAt.plus(Duration.ofMinutes(14)))));
        // ... an hour does not, nor a day.
        assertRefusedEverywhere(resign(withTimes(session.claims(), issuedAt, issuedAt.plus(Duration.ofMinutes(60)))));
        assertRefusedEverywhere(resign(withTimes(session.claims(), issuedAt, issuedAt.plus(Duration.ofDays(1)))));
    }

    @Test
    void aLifeLongerThanFifteenMinutesIsRefusedEvenWhenItEndsSoon() throws Exception {
        Session session = signUpAndLogIn();
        backdateNotBefore(session.accountId(), Duration.ofHours(2));
        Instant now = Instant.now();
        // Issued 50 minutes ago, ending in 10: a 60-minute life, though it ends within 15 minutes.
        assertRefusedEverywhere(resign(
                withTimes(session.claims(), now.minus(Duration.ofMinutes(50)), now.plus(Duration.ofMinutes(10)))));
        // The control: a 14-minute life issued 4 minutes ago is accepted.
        assertAccepted(resign(
                withTimes(session.claims(), now.minus(Duration.ofMinutes(4)), now.plus(Duration.ofMinutes(10)))));
    }

    // --- 13. a logged-out sign-in --------------------------------------------------------------

    @Test
    void tokenOfALoggedOutSignInIsRefused() throws Exception {
        Session session = signUpAndLogIn();
        Session otherDevice = logIn(session.accountId(), session.email());
        assertAccepted(session.accessToken());

        given().header("Authorization", "Bearer " + session.accessToken())
                .contentType("application/json")
                .body("{}")
                .when()
                .post("/api/v1/auth/logout")
                .then()
                .statusCode(204);

        assertRefusedEverywhere(session.accessToken());
        // A re-signed copy is refused too: it is the sign-in that ended, not the one token.
        assertRefusedEverywhere(resign(session.claims()));
        // The account's other sign-in still stands.
        assertAccepted(otherDevice.accessToken());
    }

    // --- helpers -------------------------------------------------------------------------------

    static Session signUpAndLogIn() throws Exception {
        String email = "attack-" + UUID.randomUUID() + "@example.org";
        String id = given().contentType("application/json")
                .body(Map.of("email", email, "password", PASSWORD, "displayName", "Attack test"))
                .when()
                .post("/api/v1/accounts")
                .then()
                .statusCode(201)
                .extract()
                .path("id");
        return logIn(UUID.fromString(id), email);
    }

    static Session logIn(UUID accountId, String email) throws Exception {
        JsonPath pair = given().contentType("application/json")
                .body(Map.of("email", email, "password", PASSWORD))
                .when()
                .post("/api/v1/auth/token")
                .then()
                .statusCode(200)
                .body("token_type", equalTo("Bearer"))
                .extract()
                .jsonPath();
        String access = pair.getString("access_token");
        SignedJWT jwt = SignedJWT.parse(access);
        JWTClaimsSet claims = jwt.getJWTClaimsSet();
        assertEquals(accountId.toString(), claims.getSubject());
        assertEquals("member", claims.getStringClaim("tier"));
        assertNotNull(claims.getStringClaim("sid"));
        assertNotNull(claims.getJWTID());
        return new Session(accountId, email, access, pair.getString("refresh_token"), jwt, claims);
    }

    /** The claims signed as the service signs them: RS256, its private key, its kid. */
    String resign(JWTClaimsSet claims) throws Exception {
        return resign(claims, signingKeys.signingKey().kid());
    }

    /** The claims signed with the service's private key, under the given kid (none if null). */
    String resign(JWTClaimsSet claims, String kid) throws Exception {
        return sign(claims, kid, signingKeys.signingKey().privateKey(), null).serialize();
    }

    static SignedJWT sign(JWTClaimsSet claims, String kid, PrivateKey key, JWK embedded) throws Exception {
        JWSHeader.Builder header = new JWSHeader.Builder(JWSAlgorithm.RS256).type(JOSEObjectType.JWT);
        if (kid != null) {
            header.keyID(kid);
        }
        if (embedded != null) {
            header.jwk(embedded);
        }
        SignedJWT jwt = new SignedJWT(header.build(), claims);
        jwt.sign(new RSASSASigner(key));
        return jwt;
    }

    static JWTClaimsSet withTimes(JWTClaimsSet claims, Instant issuedAt, Instant expires) {
        return new JWTClaimsSet.Builder(claims)
                .issueTime(Date.from(issuedAt))
                .expirationTime(Date.from(expires))
                .build();
    }

    static KeyPair rsaKeyPair() throws Exception {
        KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
        generator.initialize(2048);
        return generator.generateKeyPair();
    }

    static String b64(String json) {
        return Base64URL.encode(json.getBytes(StandardCharsets.UTF_8)).toString();
    }

    void backdateNotBefore(UUID accountId, Duration by) throws Exception {
        try (Connection connection = dataSource.getConnection();
                PreparedStatement update = connection.prepareStatement(
                        "UPDATE account SET not_before = not_before - make_interval(secs => ?) WHERE id = ?")) {
            update.setLong(1, by.toSeconds());
            update.setObject(2, accountId);
            assertEquals(1, update.executeUpdate());
        }
    }

    /** The treatment is served in full, and the page grants it. */
    static void assertAccepted(String token) {
        given().header("Authorization", "Bearer " + token)
                .when()
                .get(TREATMENT)
                .then()
                .statusCode(200)
                .contentType("application/json")
                .body("aspect", equalTo("treatment"))
                .body("body", containsString(TREATMENT_TEXT));
        given().header("Authorization", "Bearer " + token)
                .when()
                .get(PAGE)
                .then()
                .statusCode(200)
                .body("sections.find { it.aspect == 'treatment' }.access", equalTo("granted"))
                .body("sections.find { it.aspect == 'treatment' }.body", containsString(TREATMENT_TEXT));
    }

    /** 401 invalid-token on the gated treatment and on the public page, without the treatment. */
    static void assertRefusedEverywhere(String token) {
        for (String path : List.of(TREATMENT, PAGE)) {
            given().header("Authorization", "Bearer " + token)
                    .when()
                    .get(path)
                    .then()
                    .statusCode(401)
                    .contentType("application/problem+json")
                    .header("WWW-Authenticate", equalTo(CHALLENGE))
                    .body("type", equalTo("/problems/invalid-token"))
                    .body("title", equalTo("Invalid token"))
                    .body("status", equalTo(401))
                    .body("instance", equalTo(path))
                    .body(not(containsString(TREATMENT_TEXT)))
                    .body(not(containsString("Treatment Options")));
        }
    }
}
