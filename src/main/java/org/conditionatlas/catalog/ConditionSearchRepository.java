package org.conditionatlas.catalog;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.Query;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.conditionatlas.system.Cursor;

/**
 * The list and search query over the code set. Text matches come from code titles and from
 * articles' public text only (see article.public_text), so gated text is never searchable.
 */
@ApplicationScoped
class ConditionSearchRepository {

    /** One row of a result page. */
    record Hit(
            String code,
            String title,
            String parentCode,
            String parentTitle,
            boolean hasArticle,
            String publicOpening,
            int score) {}

    /** The columns of a hit; the opening is enough of the public text for an excerpt. */
    private static final String COLUMNS = "c.code, c.title, c.parent_code, p.title AS parent_title,"
            + " a.code IS NOT NULL AS has_article, left(a.public_text, 600) AS public_opening, ";

    private final EntityManager em;

    ConditionSearchRepository(EntityManager em) {
        this.em = em;
    }

    /**
     * Below pg_trgm's default of 0.6 so that one wrong or missing letter in a short word still
     * matches ("diabtes" is 0.55 from "diabetes"); the ranking puts closer matches first.
     */
    static final String TYPO_TOLERANCE = "0.45";

    /** Must run inside a transaction: the typo tolerance is set for that transaction only. */
    List<Hit> page(ConditionQuery query, Cursor after, int limit) {
        if (query.text() != null) {
            em.createNativeQuery("SELECT set_config('pg_trgm.word_similarity_threshold', ?1, true)")
                    .setParameter(1, TYPO_TOLERANCE)
                    .getSingleResult();
        }
        Map<String, Object> params = new HashMap<>();
        StringBuilder sql = new StringBuilder();
        if (query.text() != null) {
            params.put("q", query.text());
            sql.append("WITH tsq AS (SELECT websearch_to_tsquery('english', :q) AS q), candidates AS (")
                    .append(" SELECT code FROM icd_code WHERE to_tsvector('english', title) @@"
                            + " (SELECT q FROM tsq)")
                    .append(" UNION SELECT code FROM icd_code WHERE :q <% title")
                    .append(" UNION SELECT code FROM article WHERE published AND")
                    .append("  (search_vector @@ (SELECT q FROM tsq) OR :q <% public_text)");
            if (query.codePrefix() != null) {
                params.put("prefix", query.codePrefix() + "%");
                params.put("key", query.codePrefix());
                sql.append(" UNION SELECT code FROM icd_code WHERE code_key LIKE :prefix");
            }
            sql.append(") SELECT * FROM (SELECT ")
                    .append(COLUMNS)
                    .append(score(query))
                    .append(" AS score FROM candidates JOIN icd_code c ON c.code = candidates.code");
        } else {
            sql.append("SELECT * FROM (SELECT ").append(COLUMNS).append("0 AS score FROM icd_code c");
        }
        sql.append(" LEFT JOIN article a ON a.code = c.code AND a.published")
                .append(" LEFT JOIN icd_code p ON p.code = c.parent_code WHERE true");
        if (query.chapter() != null) {
            params.put("chapter", query.chapter());
            sql.append(" AND c.chapter_code = :chapter");
        }
        if (query.category() != null) {
            params.put("category", query.category().value());
            params.put("below", query.category().key() + "%");
            sql.append(" AND c.code_key LIKE :below AND c.code <> :category");
        }
        if (query.hasArticle() != null) {
            params.put("hasArticle", query.hasArticle());
            sql.append(" AND (a.code IS NOT NULL) = :hasArticle");
        }
        sql.append(") hits");
        if (after != null) {
            params.put("afterScore", after.score());
            params.put("afterCode", after.code());
            sql.append(" WHERE (score < :afterScore OR (score = :afterScore AND code > :afterCode))");
        }
        sql.append(" ORDER BY score DESC, code LIMIT :limit");
        params.put("limit", limit);

        Query q = em.createNativeQuery(sql.toString());
        params.forEach(q::setParameter);
        @SuppressWarnings("unchecked")
        List<Object[]> rows = q.getResultList();
        return rows.stream()
                .map(r -> new Hit(
                        (String) r[0],
                        (String) r[1],
                        (String) r[2],
                        (String) r[3],
                        (Boolean) r[4],
                        (String) r[5],
                        ((Number) r[6]).intValue()))
                .toList();
    }

    /**
     * An integer relevance, so that the cursor compares exactly: code matches first (exact, then
     * prefix), then title matches, then matches in the article's public text.
     */
    private static String score(ConditionQuery query) {
        String code = query.codePrefix() == null
                ? "0"
                : "CASE WHEN c.code_key = :key THEN 4000 WHEN c.code_key LIKE :prefix THEN 3000 ELSE 0 END";
        return "("
                + code
                + " + CASE WHEN to_tsvector('english', c.title) @@ (SELECT q FROM tsq) THEN 1000"
                + " ELSE 0 END + CAST(round(1000 * word_similarity(:q, c.title)) AS integer) +"
                + " CAST(round(500 * coalesce(ts_rank(a.search_vector, (SELECT q FROM tsq), 32),"
                + " 0)) AS integer) + CAST(round(300 * coalesce(word_similarity(:q, a.public_text),"
                + " 0)) AS integer) + CASE WHEN a.code IS NULL THEN 0 ELSE 50 END)";
    }
}
