package org.conditionatlas.system;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import java.util.Map;
import java.util.UUID;

/**
 * Security-relevant events in PostgreSQL: sign-ups, log-ins, tier and role changes, billing events,
 * edits. Callers pass facts, never a password or a token. Joins the caller's transaction, so an
 * event is recorded exactly when what it records is committed.
 */
@ApplicationScoped
public class AuditLog {

    private final EntityManager em;
    private final ObjectMapper mapper;

    AuditLog(EntityManager em, ObjectMapper mapper) {
        this.em = em;
        this.mapper = mapper;
    }

    public void record(String action, UUID actor, String subject, Map<String, ?> details) {
        String json;
        try {
            json = mapper.writeValueAsString(details);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("audit details must be JSON", e);
        }
        QuarkusTransaction.joiningExisting()
                .run(() -> em.createNativeQuery("INSERT INTO audit_event (action, actor_id,"
                                + " subject, details) VALUES (?1, ?2, ?3,"
                                + " CAST(?4 AS jsonb))")
                        .setParameter(1, action)
                        .setParameter(2, actor)
                        .setParameter(3, subject)
                        .setParameter(4, json)
                        .executeUpdate());
    }
}
