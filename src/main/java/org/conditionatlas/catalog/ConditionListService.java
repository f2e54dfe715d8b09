package org.conditionatlas.catalog;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.conditionatlas.access.AccessPolicy;
import org.conditionatlas.access.PlainText;
import org.conditionatlas.access.Reader;
import org.conditionatlas.system.Cursor;

/** Lists and searches the catalogue. Excerpts only ever come from what anonymous readers see. */
@ApplicationScoped
public class ConditionListService {

    private static final int EXCERPT_LENGTH = 200;

    private final ConditionSearchRepository search;
    private final CatalogRepository catalog;
    private final ArticleRepository articles;
    private final AccessPolicy access;

    ConditionListService(
            ConditionSearchRepository search,
            CatalogRepository catalog,
            ArticleRepository articles,
            AccessPolicy access) {
        this.search = search;
        this.catalog = catalog;
        this.articles = articles;
        this.access = access;
    }

    @Transactional
    public ConditionPage list(String q, String chapter, String category, Boolean hasArticle, int limit, String cursor) {
        ConditionQuery query = ConditionQuery.of(q, chapter, category, hasArticle);
        Cursor after = cursor == null || cursor.isEmpty() ? null : Cursor.decode(cursor);
        List<ConditionSearchRepository.Hit> hits = search.page(query, after, limit + 1);
        boolean more = hits.size() > limit;
        List<ConditionSearchRepository.Hit> page = more ? hits.subList(0, limit) : hits;

        Set<String> parents = new HashSet<>();
        page.forEach(h -> Optional.ofNullable(h.parentCode()).ifPresent(parents::add));
        Map<String, IcdCode> parentsByCode =
                catalog.listByCodes(parents).stream().collect(Collectors.toMap(c -> c.code, Function.identity()));
        Map<String, Article> articlesByCode = articles
                .listPublishedWithSections(page.stream()
                        .filter(ConditionSearchRepository.Hit::hasArticle)
                        .map(ConditionSearchRepository.Hit::code)
                        .toList())
                .stream()
                .collect(Collectors.toMap(a -> a.code, Function.identity()));

        List<ConditionPage.Item> items = page.stream()
                .map(h -> new ConditionPage.Item(
                        h.code(),
                        h.title(),
                        Optional.ofNullable(parentsByCode.get(h.parentCode()))
                                .map(p -> new ConditionView.Ref(p.code, p.title))
                                .orElse(null),
                        h.hasArticle(),
                        excerpt(articlesByCode.get(h.code()))))
                .toList();
        String next = more
                ? new Cursor(
                                page.get(page.size() - 1).score(),
                                page.get(page.size() - 1).code())
                        .encode()
                : null;
        return new ConditionPage(items, next);
    }

    /** The opening of the first section that an anonymous reader may see. */
    private String excerpt(Article article) {
        if (article == null) {
            return null;
        }
        return article.sections.stream()
                .map(GatedSection::new)
                .filter(s -> access.mayRead(Reader.ANONYMOUS, s))
                .findFirst()
                .map(s -> PlainText.opening(PlainText.of(s.body()), EXCERPT_LENGTH))
                .orElse(null);
    }
}
