package org.conditionatlas.catalog;

import java.time.Instant;
import java.util.List;
import org.conditionatlas.access.Tier;

/** An article as an author wrote it, before it is stored: from the content bundle or an editor. */
public record ArticleDraft(
        ConditionCode code,
        String title,
        ConditionView.Illustration illustration,
        Instant reviewedAt,
        Instant nextReviewAt,
        List<Article.Source> sources,
        boolean sample,
        List<SectionDraft> sections) {

    /** One section as written. */
    public record SectionDraft(Aspect aspect, String heading, Tier requiredTier, String body) {}
}
