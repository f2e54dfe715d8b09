package org.conditionatlas.catalog;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.util.List;
import org.conditionatlas.access.PlainText;
import org.conditionatlas.system.Cursor;

/**
 * Lists and searches the catalogue, one query a page. Excerpts come from the article's public
 * text, which holds only what the access policy lets an anonymous reader see (see ArticleStore).
 */
@ApplicationScoped
public class ConditionListService {

    private static final int EXCERPT_LENGTH = 200;

    private final ConditionSearchRepository search;

    ConditionListService(ConditionSearchRepository search) {
        this.search = search;
    }

    @Transactional
    public ConditionPage list(String q, String chapter, String category, Boolean hasArticle, int limit, String cursor) {
        ConditionQuery query = ConditionQuery.of(q, chapter, category, hasArticle);
        Cursor after = cursor == null || cursor.isEmpty() ? null : Cursor.decode(cursor);
        List<ConditionSearchRepository.Hit> hits = search.page(query, after, limit + 1);
        boolean more = hits.size() > limit;
        List<ConditionSearchRepository.Hit> page = more ? hits.subList(0, limit) : hits;
        List<ConditionPage.Item> items = page.stream()
                .map(h -> new ConditionPage.Item(
                        h.code(),
                        h.title(),
                        h.parentCode() == null ? null : new ConditionView.Ref(h.parentCode(), h.parentTitle()),
                        h.hasArticle(),
                        excerpt(h.publicOpening())))
                .toList();
        ConditionSearchRepository.Hit last = page.isEmpty() ? null : page.get(page.size() - 1);
        String next = more ? new Cursor(last.score(), last.code()).encode() : null;
        return new ConditionPage(items, next);
    }

    private static String excerpt(String publicOpening) {
        if (publicOpening == null || publicOpening.isBlank()) {
            return null;
        }
        return PlainText.opening(publicOpening.replaceAll("\\s+", " ").strip(), EXCERPT_LENGTH);
    }
}
