package org.conditionatlas.catalog.content;

import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.conditionatlas.catalog.ArticleDraft;
import org.conditionatlas.catalog.ArticleStore;
import org.conditionatlas.catalog.CatalogRepository;
import org.conditionatlas.catalog.ContentGeneration;
import org.conditionatlas.catalog.Editor;
import org.conditionatlas.system.Sha256;
import org.jboss.logging.Logger;

/**
 * Loads a content bundle and official code-set files. Every file is parsed before anything is
 * written, and everything is written in one transaction: a broken file is reported with its name
 * and line and changes nothing. Loading the same content again changes nothing either.
 */
@ApplicationScoped
public class ContentLoader {

    private static final Logger LOG = Logger.getLogger(ContentLoader.class);

    private final CodeSetWriter codeSets;
    private final ArticleStore articles;
    private final CatalogRepository catalog;
    private final EntityManager em;
    private final ContentGeneration generation;

    ContentLoader(
            CodeSetWriter codeSets,
            ArticleStore articles,
            CatalogRepository catalog,
            EntityManager em,
            ContentGeneration generation) {
        this.codeSets = codeSets;
        this.articles = articles;
        this.catalog = catalog;
        this.em = em;
        this.generation = generation;
    }

    private record ParsedArticle(String file, ArticleDraft draft) {}

    private record OrderFile(String source, String sha256, List<CodeSetEntry> entries) {}

    public ContentLoadReport load(ContentBundle bundle, List<Path> orderFiles) {
        List<HierarchyParser.ChapterRow> chapters =
                HierarchyParser.chapters(ContentBundle.CHAPTERS, bundle.lines(ContentBundle.CHAPTERS));
        List<HierarchyParser.BlockRow> blocks =
                HierarchyParser.blocks(ContentBundle.BLOCKS, bundle.lines(ContentBundle.BLOCKS));
        List<CodeSetEntry> bundleCodes = bundle.has(ContentBundle.CODES)
                ? OrderFileParser.parse(ContentBundle.CODES, bundle.lines(ContentBundle.CODES))
                : List.of();
        List<ParsedArticle> parsed = new ArrayList<>();
        for (Map.Entry<String, List<String>> file : bundle.articles()) {
            parsed.add(new ParsedArticle(file.getKey(), ArticleFileParser.parse(file.getKey(), file.getValue())));
        }
        List<OrderFile> changedOrderFiles = new ArrayList<>();
        for (Path path : orderFiles) {
            String source = path.toAbsolutePath().normalize().toString();
            List<String> lines = ContentBundle.read(path, source);
            String sha256 = Sha256.hex(String.join("\n", lines) + "\n");
            if (!sha256.equals(importedSha256(source))) {
                changedOrderFiles.add(new OrderFile(source, sha256, OrderFileParser.parse(source, lines)));
            }
        }

        ContentLoadReport report = QuarkusTransaction.requiringNew().call(() -> {
            articles.lock();
            int codes = codeSets.write(bundle.label(), chapters, blocks, bundleCodes);
            generation.advanceAfterCommit();
            for (OrderFile file : changedOrderFiles) {
                codes += codeSets.write(file.source(), List.of(), List.of(), file.entries());
                em.createNativeQuery("""
                        INSERT INTO code_set_import (source, sha256, code_count) VALUES (?1, ?2, ?3)
                        ON CONFLICT (source) DO UPDATE SET sha256 = EXCLUDED.sha256,
                            code_count = EXCLUDED.code_count, imported_at = now()\
                        """)
                        .setParameter(1, file.source())
                        .setParameter(2, file.sha256())
                        .setParameter(3, file.entries().size())
                        .executeUpdate();
            }
            int created = 0, updated = 0, unchanged = 0;
            for (ParsedArticle article : parsed) {
                if (catalog.findByCode(article.draft().code().value()).isEmpty()) {
                    throw new ContentLoadException(
                            article.file(),
                            0,
                            "the code "
                                    + article.draft().code()
                                    + " is not in the ICD-10-CM code set;"
                                    + " add it to "
                                    + ContentBundle.CODES);
                }
                switch (articles.save(article.draft(), Editor.CONTENT_BUNDLE)) {
                    case CREATED -> created++;
                    case UPDATED -> updated++;
                    case UNCHANGED -> unchanged++;
                }
            }
            return new ContentLoadReport(codes, created, updated, unchanged);
        });
        LOG.infof(
                "Content from %s: %d codes changed; articles: %d new, %d updated, %d unchanged",
                bundle.label(),
                report.codesChanged(),
                report.articlesCreated(),
                report.articlesUpdated(),
                report.articlesUnchanged());
        return report;
    }

    private String importedSha256(String source) {
        return QuarkusTransaction.requiringNew().call(() -> importedSha256InTransaction(source));
    }

    private String importedSha256InTransaction(String source) {
        List<?> found = em.createNativeQuery("SELECT sha256 FROM code_set_import WHERE source = ?1")
                .setParameter(1, source)
                .getResultList();
        return found.isEmpty() ? null : (String) found.get(0);
    }
}
