package org.conditionatlas.billing;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.persistence.EntityManager;
import java.time.Instant;
import java.util.Map;
import org.conditionatlas.account.AccountEvents;
import org.conditionatlas.account.AccountRepository;
import org.conditionatlas.system.AuditLog;
import org.conditionatlas.system.ProblemException;
import org.conditionatlas.system.ProblemType;

/**
 * Takes the payment provider's events: verified, recorded once by id, applied per email in one
 * transaction under a lock (so parallel events for one reader serialise), in the order of their own
 * times. A failure rolls everything back and answers 5xx, so the provider retries.
 */
@ApplicationScoped
public class BillingService {

    /** What became of an event. */
    public enum Outcome {
        APPLIED,
        DUPLICATE
    }

    private final BillingConfig config;
    private final ObjectMapper mapper;
    private final EntityManager em;
    private final AccountRepository accounts;
    private final Entitlements entitlements;
    private final AuditLog audit;

    BillingService(
            BillingConfig config,
            ObjectMapper mapper,
            EntityManager em,
            AccountRepository accounts,
            Entitlements entitlements,
            AuditLog audit) {
        this.config = config;
        this.mapper = mapper;
        this.em = em;
        this.accounts = accounts;
        this.entitlements = entitlements;
        this.audit = audit;
    }

    public Outcome receive(String signature, byte[] body) {
        String secret = config.webhookSecret()
                .filter(s -> !s.isBlank())
                .orElseThrow(() -> new ProblemException(
                        ProblemType.UNAVAILABLE,
                        "Billing events cannot be verified yet: no webhook secret is configured."));
        Instant signedAt = WebhookSignature.verify(signature, body, secret, Instant.now(), config.signatureTolerance());
        BillingEvent event = BillingEvent.parse(mapper, body, signedAt);
        return QuarkusTransaction.requiringNew().call(() -> apply(event));
    }

    private Outcome apply(BillingEvent event) {
        em.createNativeQuery("SELECT pg_advisory_xact_lock(hashtext(?1))")
                .setParameter(1, "billing:" + event.email())
                .getSingleResult();
        boolean recorded = !em.createNativeQuery("""
                INSERT INTO billing_event (id, type, email, period_end, occurred_at) VALUES (?1, ?2, ?3, ?4, ?5)
                ON CONFLICT (id) DO NOTHING RETURNING id\
                """)
                .setParameter(1, event.id())
                .setParameter(2, event.type().id)
                .setParameter(3, event.email())
                .setParameter(4, event.periodEnd())
                .setParameter(5, event.occurredAt())
                .getResultList()
                .isEmpty();
        if (!recorded) {
            return Outcome.DUPLICATE;
        }
        audit.record("billing.event", null, event.email(), Map.of("id", event.id(), "type", event.type().id));
        accounts.findByEmail(event.email()).ifPresent(a -> entitlements.recomputeSubscription(a.id, event.email()));
        return Outcome.APPLIED;
    }

    /** Payments made before the account existed apply once it does. */
    void onAccountCreated(@Observes AccountEvents.Created created) {
        entitlements.recomputeSubscription(created.accountId(), created.email());
    }

    /** The account's payment records are personal data: they go with it. */
    void onAccountDeleting(@Observes AccountEvents.Deleting deleting) {
        em.createNativeQuery("DELETE FROM billing_event WHERE email = ?1")
                .setParameter(1, deleting.email())
                .executeUpdate();
    }
}
