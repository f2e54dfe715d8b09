package org.conditionatlas.catalog;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/** What an edit changed, in words an editor reads in the revision list. */
final class ArticleChanges {

    private ArticleChanges() {}

    static List<String> between(Article before, ArticleDraft after) {
        if (before == null) {
            return List.of("created");
        }
        List<String> changes = new ArrayList<>();
        if (!before.title.equals(after.title())) {
            changes.add("title");
        }
        String illustrationUrl =
                after.illustration() == null ? null : after.illustration().url();
        String illustrationAlt =
                after.illustration() == null ? null : after.illustration().alt();
        if (!Objects.equals(before.illustrationUrl, illustrationUrl)
                || !Objects.equals(before.illustrationAlt, illustrationAlt)) {
            changes.add("illustration");
        }
        if (!Objects.equals(before.reviewedAt, after.reviewedAt())
                || !Objects.equals(before.nextReviewAt, after.nextReviewAt())) {
            changes.add("review dates");
        }
        if (!before.sources.equals(after.sources())) {
            changes.add("sources");
        }
        Map<String, Section> old = new LinkedHashMap<>();
        before.sections.forEach(s -> old.put(s.aspect, s));
        List<String> newOrder = new ArrayList<>();
        for (ArticleDraft.SectionDraft section : after.sections()) {
            String aspect = section.aspect().id();
            newOrder.add(aspect);
            Section previous = old.get(aspect);
            if (previous == null) {
                changes.add("section " + aspect + " added");
            } else if (!previous.heading.equals(section.heading())
                    || !previous.body.equals(section.body())
                    || previous.requiredTier != section.requiredTier()) {
                changes.add("section " + aspect + " changed"
                        + (previous.requiredTier != section.requiredTier()
                                ? " (tier " + previous.requiredTier.id() + " -> "
                                        + section.requiredTier().id() + ")"
                                : ""));
            }
        }
        old.keySet().stream()
                .filter(aspect -> !newOrder.contains(aspect))
                .forEach(aspect -> changes.add("section " + aspect + " removed"));
        if (!old.keySet().stream()
                .filter(newOrder::contains)
                .toList()
                .equals(newOrder.stream().filter(old::containsKey).toList())) {
            changes.add("sections reordered");
        }
        return changes;
    }
}
