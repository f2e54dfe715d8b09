package org.conditionatlas.billing;

import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.conditionatlas.access.Tier;
import org.conditionatlas.account.Account;
import org.conditionatlas.account.EffectiveTier;
import org.conditionatlas.system.AuditLog;
import org.conditionatlas.system.SqlValues;

/**
 * Who is a subscriber, from facts: a paid period recomputed from the provider's events, or a
 * complimentary grant. A period's end takes effect by itself, since the tier is read against now.
 */
@ApplicationScoped
public class Entitlements implements EffectiveTier {

    private static final String ACTIVE = """
            EXISTS (SELECT 1 FROM entitlement e WHERE e.account_id = a.id AND e.revoked_at IS NULL
                    AND e.starts_at <= now() AND e.ends_at > now())\
            """;

    private final EntityManager em;
    private final AuditLog audit;

    Entitlements(EntityManager em, AuditLog audit) {
        this.em = em;
        this.audit = audit;
    }

    @Override
    public Tier of(Account account) {
        return of(account.id);
    }

    @Override
    public Tier of(UUID accountId) {
        return QuarkusTransaction.joiningExisting().call(() -> {
            List<?> subscriber = em.createNativeQuery(
                            "SELECT a.tier = 'subscriber' OR " + ACTIVE + " FROM account a WHERE a.id = ?1")
                    .setParameter(1, accountId)
                    .getResultList();
            return !subscriber.isEmpty() && Boolean.TRUE.equals(subscriber.get(0)) ? Tier.SUBSCRIBER : Tier.MEMBER;
        });
    }

    /**
     * Recomputes the account's paid period from all its events, in the order of their own times:
     * activation and renewal run to their period end, cancellation keeps access until the period
     * end, expiry ends it at the event's time. Runs in the caller's transaction.
     */
    void recomputeSubscription(UUID accountId, String email) {
        Tier before = of(accountId);
        @SuppressWarnings("unchecked")
        List<Object[]> events = em.createNativeQuery("SELECT type, period_end, occurred_at, id FROM billing_event WHERE"
                        + " email = ?1 ORDER BY occurred_at, id")
                .setParameter(1, email)
                .getResultList();
        Instant start = null;
        Instant end = null;
        String source = null;
        for (Object[] event : events) {
            BillingEvent.Type type = BillingEvent.Type.parse((String) event[0]).orElseThrow();
            Instant periodEnd = SqlValues.instant(event[1]);
            Instant at = SqlValues.instant(event[2]);
            source = (String) event[3];
            switch (type) {
                case ACTIVATED, RENEWED -> {
                    if (end == null || !end.isAfter(at)) {
                        start = at;
                    }
                    end = periodEnd;
                }
                case CANCELED -> end = periodEnd != null ? periodEnd : end;
                case EXPIRED -> end = end == null || end.isAfter(at) ? at : end;
            }
        }
        if (start == null || end == null) {
            em.createNativeQuery("DELETE FROM entitlement WHERE account_id = ?1 AND kind = 'subscription'")
                    .setParameter(1, accountId)
                    .executeUpdate();
        } else {
            em.createNativeQuery("""
                    INSERT INTO entitlement (id, account_id, kind, starts_at, ends_at, source)
                    VALUES (?1, ?2, 'subscription', ?3, ?4, ?5)
                    ON CONFLICT (account_id) WHERE kind = 'subscription' DO UPDATE SET
                        starts_at = EXCLUDED.starts_at, ends_at = EXCLUDED.ends_at,
                        source = EXCLUDED.source, updated_at = now()\
                    """)
                    .setParameter(1, UUID.randomUUID())
                    .setParameter(2, accountId)
                    .setParameter(3, start)
                    .setParameter(4, end)
                    .setParameter(5, source)
                    .executeUpdate();
        }
        auditTierChange(accountId, before, "billing event " + source);
    }

    /** A complimentary subscriber period granted by an admin. */
    public Grant grant(UUID accountId, Instant until, UUID admin) {
        return QuarkusTransaction.joiningExisting().call(() -> {
            Tier before = of(accountId);
            UUID id = UUID.randomUUID();
            Instant now = Instant.now();
            em.createNativeQuery("""
                    INSERT INTO entitlement (id, account_id, kind, starts_at, ends_at, source)
                    VALUES (?1, ?2, 'complimentary', ?3, ?4, ?5)\
                    """)
                    .setParameter(1, id)
                    .setParameter(2, accountId)
                    .setParameter(3, now)
                    .setParameter(4, until)
                    .setParameter(5, "admin:" + admin)
                    .executeUpdate();
            audit.record(
                    "billing.grant-created",
                    admin,
                    accountId.toString(),
                    Map.of("grant", id.toString(), "until", until.toString()));
            auditTierChange(accountId, before, "complimentary grant " + id);
            return new Grant(id, "complimentary", now, until, null);
        });
    }

    /** Ends a complimentary grant now. */
    public boolean revokeGrant(UUID accountId, UUID grantId, UUID admin) {
        return QuarkusTransaction.joiningExisting().call(() -> {
            Tier before = of(accountId);
            int revoked = em.createNativeQuery("""
                    UPDATE entitlement SET revoked_at = now(), updated_at = now()
                    WHERE id = ?1 AND account_id = ?2 AND kind = 'complimentary' AND revoked_at IS NULL\
                    """)
                    .setParameter(1, grantId)
                    .setParameter(2, accountId)
                    .executeUpdate();
            if (revoked > 0) {
                audit.record("billing.grant-revoked", admin, accountId.toString(), Map.of("grant", grantId.toString()));
                auditTierChange(accountId, before, "grant revoked " + grantId);
            }
            return revoked > 0;
        });
    }

    /** Every entitlement of the account, newest first. */
    public List<Grant> list(UUID accountId) {
        return QuarkusTransaction.joiningExisting().call(() -> {
            @SuppressWarnings("unchecked")
            List<Object[]> rows =
                    em.createNativeQuery("""
                            SELECT CAST(id AS text), kind, starts_at, ends_at, revoked_at FROM entitlement
                            WHERE account_id = ?1 ORDER BY created_at DESC\
                            """).setParameter(1, accountId).getResultList();
            return rows.stream()
                    .map(r -> new Grant(
                            UUID.fromString((String) r[0]),
                            (String) r[1],
                            SqlValues.instant(r[2]),
                            SqlValues.instant(r[3]),
                            SqlValues.instant(r[4])))
                    .toList();
        });
    }

    /** An entitlement as admins see it. */
    public record Grant(UUID id, String kind, Instant startsAt, Instant endsAt, Instant revokedAt) {}

    private void auditTierChange(UUID accountId, Tier before, String cause) {
        Tier after = of(accountId);
        if (after != before) {
            audit.record(
                    "account.tier-changed",
                    null,
                    accountId.toString(),
                    Map.of("from", before.id(), "to", after.id(), "cause", cause));
        }
    }
}
