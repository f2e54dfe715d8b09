package org.conditionatlas.auth;

import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import java.security.KeyPair;
import java.security.PrivateKey;
import java.security.interfaces.RSAPrivateCrtKey;
import java.security.interfaces.RSAPublicKey;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.Map;
import java.util.Optional;
import org.jboss.logging.Logger;

/**
 * The RS256 keys: generated at first start and kept in PostgreSQL so that every instance signs and
 * verifies alike (as Keycloak keeps realm keys), rotated after {@code key-rotation-period} with the
 * previous key still verifying until its last token has expired. A configured PEM key replaces
 * them.
 */
@ApplicationScoped
public class SigningKeys {

    private static final Logger LOG = Logger.getLogger(SigningKeys.class);

    /** Serialises key generation across instances. */
    private static final long ROTATION_LOCK = 0x4b455953L;

    /**
     * Unknown kids reload the key set at most this often, so forged kids cannot flood the database.
     */
    private static final Duration RELOAD_AT_MOST_EVERY = Duration.ofSeconds(5);

    /** Known keys are re-read this often, so that other instances' new keys and expiries show. */
    private static final Duration REFRESH_EVERY = Duration.ofMinutes(1);

    private static final Duration CLOCK_SKEW = Duration.ofMinutes(1);

    /** A key pair ready to use. */
    public record KeyPairInUse(String kid, PrivateKey privateKey, RSAPublicKey publicKey, Instant signUntil) {}

    /** The keys as loaded, and when to look again (at the latest, when the next key must be published). */
    private record KeySet(
            KeyPairInUse signing, Map<String, RSAPublicKey> verification, Instant loadedAt, Instant checkAt) {}

    private final AuthConfig config;
    private final EntityManager em;
    private volatile KeySet keys;

    SigningKeys(AuthConfig config, EntityManager em) {
        this.config = config;
        this.em = em;
    }

    @PostConstruct
    void validate() {
        if (config.accessTokenLifetime().compareTo(Duration.ofMinutes(15)) > 0) {
            throw new IllegalStateException("atlas.auth.access-token-lifetime must be at most 15 minutes");
        }
    }

    /** The key to sign with now; rotates when the current one has signed long enough. */
    public KeyPairInUse signingKey() {
        return fresh().signing();
    }

    /** The public key for a token's kid, if it is one of ours and still verifies. */
    public Optional<RSAPublicKey> verificationKey(String kid) {
        if (kid == null) {
            return Optional.empty();
        }
        KeySet current = fresh();
        if (!current.verification().containsKey(kid)
                && current.loadedAt().plus(RELOAD_AT_MOST_EVERY).isBefore(Instant.now())) {
            current = reload();
        }
        return Optional.ofNullable(current.verification().get(kid));
    }

    /** Every key that may verify a token now or soon (the next key is published before it signs). */
    public Map<String, RSAPublicKey> publishedKeys() {
        return fresh().verification();
    }

    private KeySet fresh() {
        KeySet current = keys;
        return current == null || !Instant.now().isBefore(current.checkAt()) ? reload() : current;
    }

    private synchronized KeySet reload() {
        KeySet loaded = config.signingKeyFile()
                .map(SigningKeys::configured)
                .orElseGet(() -> QuarkusTransaction.requiringNew().call(this::fromDatabase));
        keys = loaded;
        return loaded;
    }

    private static KeySet configured(java.nio.file.Path file) {
        RSAPrivateCrtKey privateKey = RsaKeys.readPem(file);
        RSAPublicKey publicKey = RsaKeys.publicKeyOf(privateKey);
        String kid = RsaKeys.thumbprint(publicKey);
        Instant now = Instant.now();
        return new KeySet(
                new KeyPairInUse(kid, privateKey, publicKey, Instant.MAX),
                Map.of(kid, publicKey),
                now,
                now.plus(REFRESH_EVERY));
    }

    /**
     * The active key (generated if there is none), and its successor once the active key is
     * within the publication window of its end: the successor is in the JWKS that long before it
     * signs.
     */
    private KeySet fromDatabase() {
        Instant now = Instant.now();
        SigningKey signing = activeKey(now).orElseGet(() -> {
            lockRotation();
            return activeKey(now).orElseGet(() -> generate(now, now));
        });
        Instant publishFrom = signing.signUntil.minus(publicationWindow());
        boolean successor = hasSuccessor(signing);
        if (!successor && !publishFrom.isAfter(now)) {
            lockRotation();
            if (!hasSuccessor(signing)) {
                generate(now, signing.signUntil);
            }
            successor = true;
        }
        em.createQuery("delete from SigningKey where verifyUntil <= ?1")
                .setParameter(1, now)
                .executeUpdate();
        Map<String, RSAPublicKey> verification = new java.util.LinkedHashMap<>();
        em.createQuery("from SigningKey order by activeFrom", SigningKey.class)
                .getResultList()
                .forEach(k -> verification.put(k.kid, RsaKeys.publicKey(k.publicKey)));
        Instant next = successor ? signing.signUntil : publishFrom;
        Instant refresh = now.plus(REFRESH_EVERY);
        return new KeySet(
                new KeyPairInUse(
                        signing.kid,
                        RsaKeys.privateKey(signing.privateKey),
                        RsaKeys.publicKey(signing.publicKey),
                        signing.signUntil),
                Map.copyOf(verification),
                now,
                next.isBefore(refresh) ? next : refresh);
    }

    /** How long before it signs the next key is published: a day, or half a short period. */
    private Duration publicationWindow() {
        Duration half = config.keyRotationPeriod().dividedBy(2);
        return half.compareTo(Duration.ofDays(1)) < 0 ? half : Duration.ofDays(1);
    }

    private void lockRotation() {
        em.createNativeQuery("SELECT pg_advisory_xact_lock(" + ROTATION_LOCK + ")")
                .getSingleResult();
    }

    private Optional<SigningKey> activeKey(Instant now) {
        return em.createQuery(
                        "from SigningKey where activeFrom <= ?1 and signUntil > ?1 order by activeFrom desc",
                        SigningKey.class)
                .setParameter(1, now)
                .setMaxResults(1)
                .getResultStream()
                .findFirst();
    }

    private boolean hasSuccessor(SigningKey signing) {
        return em.createQuery("select count(k) from SigningKey k where k.activeFrom >= ?1", Long.class)
                        .setParameter(1, signing.signUntil)
                        .getSingleResult()
                > 0;
    }

    private SigningKey generate(Instant now, Instant activeFrom) {
        KeyPair pair = RsaKeys.generate();
        RSAPublicKey publicKey = (RSAPublicKey) pair.getPublic();
        SigningKey key = new SigningKey();
        key.kid = RsaKeys.thumbprint(publicKey);
        key.privateKey = Base64.getEncoder().encodeToString(pair.getPrivate().getEncoded());
        key.publicKey = Base64.getEncoder().encodeToString(publicKey.getEncoded());
        key.createdAt = now;
        key.activeFrom = activeFrom;
        key.signUntil = activeFrom.plus(config.keyRotationPeriod());
        key.verifyUntil = key.signUntil.plus(config.accessTokenLifetime()).plus(CLOCK_SKEW);
        em.persist(key);
        LOG.infof("Generated token signing key %s: signs from %s until %s", key.kid, key.activeFrom, key.signUntil);
        return key;
    }
}
