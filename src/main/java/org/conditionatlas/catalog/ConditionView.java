package org.conditionatlas.catalog;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.time.Instant;
import java.util.List;
import org.conditionatlas.access.Entitlement;
import org.conditionatlas.access.Tier;

/**
 * A condition as one reader may see it. Built only by {@link ConditionViewAssembler}, after the
 * entitlement decision, so a locked section's text is never in it.
 */
public record ConditionView(
        String code,
        String title,
        Ref category,
        Ref block,
        Ref chapter,
        boolean billable,
        boolean hasArticle,
        boolean sample,
        Illustration illustration,
        List<SectionView> sections,
        List<Article.Source> sources,
        Instant reviewedAt,
        Instant nextReviewAt,
        Instant updatedAt,
        Integer revision,
        String disclaimer) {

    /** A code or chapter with its title. */
    public record Ref(String code, String title) {}

    public record Illustration(String url, String alt) {}

    /** One section: its full body when granted, else a preview and how to unlock the rest. */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record SectionView(
            String aspect,
            String heading,
            Tier requiredTier,
            String access,
            String body,
            String preview,
            Entitlement.Unlock unlock) {

        public boolean granted() {
            return body != null;
        }
    }
}
