package org.conditionatlas.editorial;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.conditionatlas.system.ProblemException;
import org.conditionatlas.system.SqlValues;

/**
 * The codes whose content readers see changed or was removed, oldest first, for apps that keep an
 * offline copy. Codes only: no text, gated or not. Writers hold the content lock, so entries
 * commit in their order and a cursor never skips one.
 */
@ApplicationScoped
public class ChangesFeed {

    /** A code that changed, with its newest change in this page. */
    public record Change(String code, String change, Instant changedAt) {}

    /** A page, and the cursor to ask with next time (never null: keep it even when empty). */
    public record Page(List<Change> changes, String nextCursor, boolean hasMore) {}

    private final EntityManager em;

    ChangesFeed(EntityManager em) {
        this.em = em;
    }

    @Transactional
    public Page since(String cursor, int limit) {
        long after = cursor == null || cursor.isBlank() ? 0 : decode(cursor);
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery(
                        "SELECT seq, code, kind, changed_at FROM content_change WHERE seq > ?1 ORDER BY seq LIMIT ?2")
                .setParameter(1, after)
                .setParameter(2, limit + 1)
                .getResultList();
        boolean more = rows.size() > limit;
        List<Object[]> page = more ? rows.subList(0, limit) : rows;
        Map<String, Change> latest = new LinkedHashMap<>();
        long last = after;
        for (Object[] row : page) {
            String code = (String) row[1];
            latest.remove(code);
            latest.put(code, new Change(code, (String) row[2], SqlValues.instant(row[3])));
            last = ((Number) row[0]).longValue();
        }
        return new Page(new ArrayList<>(latest.values()), encode(last), more);
    }

    private static String encode(long seq) {
        return Base64.getUrlEncoder().withoutPadding().encodeToString(("c" + seq).getBytes(StandardCharsets.UTF_8));
    }

    private static long decode(String cursor) {
        try {
            String raw = new String(Base64.getUrlDecoder().decode(cursor), StandardCharsets.UTF_8);
            if (!raw.startsWith("c")) {
                throw new IllegalArgumentException();
            }
            long seq = Long.parseLong(raw.substring(1));
            if (seq < 0) {
                throw new IllegalArgumentException();
            }
            return seq;
        } catch (RuntimeException e) {
            throw ProblemException.invalidParameter(
                    "since", "is not a cursor this API returned; start again without it");
        }
    }
}
