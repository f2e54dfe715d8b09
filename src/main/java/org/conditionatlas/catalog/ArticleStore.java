package org.conditionatlas.catalog;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.stream.Collectors;
import org.conditionatlas.access.AccessPolicy;
import org.conditionatlas.access.PlainText;
import org.conditionatlas.access.Reader;

/**
 * Writes articles. Saving a draft identical to what is stored changes nothing (no new revision),
 * which is what makes loading the content bundle idempotent.
 */
@ApplicationScoped
public class ArticleStore {

    /** What a save did. */
    public enum Outcome {
        CREATED,
        UPDATED,
        UNCHANGED
    }

    private final ArticleRepository articles;
    private final AccessPolicy access;
    private final ObjectMapper canonicalJson;

    ArticleStore(ArticleRepository articles, AccessPolicy access, ObjectMapper mapper) {
        this.articles = articles;
        this.access = access;
        this.canonicalJson =
                mapper.copy().configure(SerializationFeature.ORDER_MAP_ENTRIES_BY_KEYS, true);
    }

    /** Saves the draft; the caller has checked that its code is in the code set. */
    @Transactional(Transactional.TxType.MANDATORY)
    public Outcome save(ArticleDraft draft) {
        String hash = contentHash(draft);
        Article article = articles.findByCode(draft.code().value()).orElse(null);
        if (article != null && hash.equals(article.contentHash)) {
            return Outcome.UNCHANGED;
        }
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
        article.illustrationUrl = draft.illustration() == null ? null : draft.illustration().url();
        article.illustrationAlt = draft.illustration() == null ? null : draft.illustration().alt();
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
        return created ? Outcome.CREATED : Outcome.UPDATED;
    }

    /** What anonymous readers may see, for the search index: nothing gated is ever searchable. */
    private String publicText(Article article) {
        return article.sections.stream()
                .map(GatedSection::new)
                .filter(s -> access.mayRead(Reader.ANONYMOUS, s))
                .map(s -> PlainText.of(s.body()))
                .collect(Collectors.joining("\n"));
    }

    private String contentHash(ArticleDraft draft) {
        try {
            byte[] json = canonicalJson.writeValueAsBytes(draft);
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(json));
        } catch (JsonProcessingException | NoSuchAlgorithmException e) {
            throw new IllegalStateException("cannot fingerprint the article " + draft.code(), e);
        }
    }
}
