package org.conditionatlas.catalog;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.conditionatlas.access.AccessPolicy;
import org.conditionatlas.access.PlainText;
import org.conditionatlas.access.Reader;
import org.conditionatlas.system.AuditLog;
import org.conditionatlas.system.Sha256;

/**
 * Writes articles, and with every change an immutable revision (who, when, what changed, the
 * content), an entry in the changes feed when readers see it, and an audit event. Saving a draft
 * identical to what is stored changes nothing, which makes loading the bundle idempotent.
 */
@ApplicationScoped
public class ArticleStore {

    /** Serialises content writes, so that the changes feed's order is its commit order. */
    public static final long CONTENT_LOCK = 0x41544c4153L;

    /** What a save did. */
    public enum Outcome {
        CREATED,
        UPDATED,
        UNCHANGED
    }

    private final ArticleRepository articles;
    private final AccessPolicy access;
    private final ObjectMapper canonicalJson;
    private final EntityManager em;
    private final AuditLog audit;
    private final ContentGeneration generation;

    ArticleStore(
            ArticleRepository articles,
            AccessPolicy access,
            ObjectMapper mapper,
            EntityManager em,
            AuditLog audit,
            ContentGeneration generation) {
        this.articles = articles;
        this.access = access;
        this.canonicalJson = mapper.copy().configure(SerializationFeature.ORDER_MAP_ENTRIES_BY_KEYS, true);
        this.em = em;
        this.audit = audit;
        this.generation = generation;
    }

    /** Takes the content lock for this transaction; every content write holds it. */
    public void lock() {
        em.createNativeQuery("SELECT pg_advisory_xact_lock(" + CONTENT_LOCK + ")")
                .getSingleResult();
    }

    /** Saves the draft; the caller has checked that its code is in the code set. */
    @Transactional(Transactional.TxType.MANDATORY)
    public Outcome save(ArticleDraft draft, Editor editor) {
        lock();
        String hash = Sha256.hex(json(draft));
        Article article = articles.findByCode(draft.code().value()).orElse(null);
        if (article != null && hash.equals(article.contentHash)) {
            return Outcome.UNCHANGED;
        }
        List<String> changes = ArticleChanges.between(article, draft);
        Instant now = Instant.now();
        boolean created = article == null;
        if (created) {
            article = new Article();
            article.code = draft.code().value();
            article.createdAt = now;
            article.revision = 1;
        } else {
            article.revision++;
            // Old sections go first: Hibernate would otherwise insert the new rows before deleting
            // the old ones, and their keys (article, position) collide.
            article.sections.clear();
            articles.flush();
        }
        article.title = draft.title();
        article.illustrationUrl =
                draft.illustration() == null ? null : draft.illustration().url();
        article.illustrationAlt =
                draft.illustration() == null ? null : draft.illustration().alt();
        article.reviewedAt = draft.reviewedAt();
        article.nextReviewAt = draft.nextReviewAt();
        article.sources = new ArrayList<>(draft.sources());
        article.sample = draft.sample();
        article.contentHash = hash;
        article.updatedAt = now;
        short position = 0;
        for (ArticleDraft.SectionDraft draftSection : draft.sections()) {
            Section section = new Section();
            section.article = article;
            section.position = position++;
            section.aspect = draftSection.aspect().id();
            section.heading = draftSection.heading();
            section.requiredTier = draftSection.requiredTier();
            section.body = draftSection.body();
            article.sections.add(section);
        }
        article.publicText = publicText(article);
        if (created) {
            articles.persist(article);
        }
        articles.flush();
        recordChange(article, editor, changes, json(draft));
        return created ? Outcome.CREATED : Outcome.UPDATED;
    }

    /**
     * Shows or hides the article from readers.
     *
     * @return false when it already was so
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public boolean setPublished(ConditionCode code, boolean published, Editor editor) {
        lock();
        Article article = articles.findByCode(code.value()).orElseThrow();
        if (article.published == published) {
            return false;
        }
        article.published = published;
        article.revision++;
        article.updatedAt = Instant.now();
        articles.flush();
        List<?> latest = em.createNativeQuery(
                        "SELECT CAST(content AS text) FROM article_revision WHERE code = ?1 ORDER BY revision DESC LIMIT 1")
                .setParameter(1, code.value())
                .getResultList();
        String content = latest.isEmpty() ? "{}" : latest.get(0).toString();
        recordChange(article, editor, List.of(published ? "published" : "unpublished"), content);
        return true;
    }

    private void recordChange(Article article, Editor editor, List<String> changes, String content) {
        em.createNativeQuery("""
                INSERT INTO article_revision (code, revision, edited_at, editor_id, editor, changes, content)
                VALUES (?1, ?2, ?3, ?4, ?5, CAST(?6 AS jsonb), CAST(?7 AS jsonb))""")
                .setParameter(1, article.code)
                .setParameter(2, article.revision)
                .setParameter(3, article.updatedAt)
                .setParameter(4, editor.accountId())
                .setParameter(5, editor.label())
                .setParameter(6, json(changes))
                .setParameter(7, content)
                .executeUpdate();
        boolean readersSeeIt = article.published || changes.contains("unpublished");
        if (readersSeeIt) {
            em.createNativeQuery("INSERT INTO content_change (code, kind) VALUES (?1, ?2)")
                    .setParameter(1, article.code)
                    .setParameter(2, article.published ? "updated" : "removed")
                    .executeUpdate();
        }
        audit.record(
                "content.edited",
                editor.accountId(),
                article.code,
                Map.of("revision", article.revision, "changes", changes, "editor", editor.label()));
        generation.advanceAfterCommit();
    }

    /** What anonymous readers may see, for the search index: nothing gated is ever searchable. */
    private String publicText(Article article) {
        return article.sections.stream()
                .map(GatedSection::new)
                .filter(s -> access.mayRead(Reader.ANONYMOUS, s))
                .map(s -> PlainText.of(s.body()))
                .collect(Collectors.joining("\n"));
    }

    private String json(Object value) {
        try {
            return canonicalJson.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }
}
