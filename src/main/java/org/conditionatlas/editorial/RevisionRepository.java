package org.conditionatlas.editorial;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.conditionatlas.system.SqlValues;

/** The immutable history of articles, for editors. */
@ApplicationScoped
class RevisionRepository {

    /** One revision: who, when, what changed; and, when read alone, the content then. */
    @com.fasterxml.jackson.annotation.JsonInclude(com.fasterxml.jackson.annotation.JsonInclude.Include.NON_NULL)
    record Revision(int revision, Instant editedAt, String editor, UUID editorId, JsonNode changes, JsonNode content) {}

    private final EntityManager em;
    private final ObjectMapper mapper;

    RevisionRepository(EntityManager em, ObjectMapper mapper) {
        this.em = em;
        this.mapper = mapper;
    }

    @Transactional
    List<Revision> list(String code) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("""
                SELECT revision, edited_at, editor, CAST(editor_id AS text), CAST(changes AS text)
                FROM article_revision WHERE code = ?1 ORDER BY revision DESC""").setParameter(1, code).getResultList();
        return rows.stream().map(r -> revision(r, null)).toList();
    }

    @Transactional
    Optional<Revision> find(String code, int revision) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("""
                SELECT revision, edited_at, editor, CAST(editor_id AS text), CAST(changes AS text),
                       CAST(content AS text)
                FROM article_revision WHERE code = ?1 AND revision = ?2""")
                .setParameter(1, code)
                .setParameter(2, revision)
                .getResultList();
        return rows.stream().findFirst().map(r -> revision(r, (String) r[5]));
    }

    private Revision revision(Object[] row, String content) {
        return new Revision(
                ((Number) row[0]).intValue(),
                SqlValues.instant(row[1]),
                (String) row[2],
                row[3] == null ? null : UUID.fromString((String) row[3]),
                json((String) row[4]),
                content == null ? null : json(content));
    }

    private JsonNode json(String text) {
        try {
            return mapper.readTree(text);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }
}
