package org.conditionatlas.auth;

import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.conditionatlas.account.Emails;
import org.conditionatlas.system.Sha256;
import org.conditionatlas.system.SqlValues;

/**
 * Consecutive failed log-ins per email address, in PostgreSQL so that it holds across instances.
 * After {@code free-failures}, each failure starts a wait that doubles, up to {@code longest-wait};
 * while it lasts every attempt is refused, even with the right password. Kept per address whether
 * or not an account has it, so that the throttle never reveals one.
 */
@ApplicationScoped
class LoginThrottle {

    private final EntityManager em;
    private final AuthConfig.Throttle config;

    LoginThrottle(EntityManager em, AuthConfig config) {
        this.em = em;
        this.config = config.throttle();
    }

    /** How long the address must still wait, if it must. */
    Optional<Duration> wait(String email) {
        return QuarkusTransaction.requiringNew().call(() -> {
            List<?> lockedUntil = em.createNativeQuery("SELECT locked_until FROM login_throttle WHERE"
                            + " email_hash = ?1 AND locked_until >"
                            + " now()")
                    .setParameter(1, key(email))
                    .getResultList();
            return lockedUntil.stream()
                    .map(t -> Duration.between(Instant.now(), SqlValues.instant(t)))
                    .filter(d -> !d.isNegative())
                    .findFirst();
        });
    }

    void recordFailure(String email) {
        QuarkusTransaction.requiringNew()
                .run(() -> em.createNativeQuery("""
                        INSERT INTO login_throttle (email_hash, failures, locked_until, updated_at)
                        VALUES (?1, 1, CASE WHEN ?2 <= 1 THEN now() + make_interval(secs => ?3) END, now())
                        ON CONFLICT (email_hash) DO UPDATE SET
                            failures = login_throttle.failures + 1,
                            updated_at = now(),
                            locked_until = CASE WHEN login_throttle.failures + 1 >= ?2
                                THEN now() + make_interval(secs => least(?4,
                                    ?3 * power(2, login_throttle.failures + 1 - ?2)))
                                ELSE NULL END\
                        """)
                        .setParameter(1, key(email))
                        .setParameter(2, config.freeFailures())
                        .setParameter(3, config.firstWait().toMillis() / 1000.0)
                        .setParameter(4, config.longestWait().toMillis() / 1000.0)
                        .executeUpdate());
    }

    void reset(String email) {
        QuarkusTransaction.requiringNew()
                .run(() -> em.createNativeQuery("DELETE FROM login_throttle WHERE email_hash = ?1"
                                + " OR updated_at < now() - interval '1 day'")
                        .setParameter(1, key(email))
                        .executeUpdate());
    }

    private static String key(String email) {
        return Sha256.hex(Emails.normalise(email));
    }
}
