package org.conditionatlas.web;

import io.quarkus.qute.TemplateData;
import java.util.List;
import org.conditionatlas.catalog.ConditionView;

/**
 * Everything a condition page shows, built from the reader's view of the condition (granted
 * sections as HTML, locked ones as preview and unlock links only) and, for what search engines read
 * (description, structured data), from the anonymous reader's view.
 */
@TemplateData
record ConditionPageModel(
        String code,
        String title,
        ConditionView.Ref category,
        ConditionView.Ref chapter,
        ConditionView.Ref block,
        ConditionView.Illustration illustration,
        boolean hasArticle,
        boolean sample,
        List<SectionModel> sections,
        List<SourceLink> sources,
        String reviewedOn,
        String disclaimer,
        String description,
        String canonicalUrl,
        String imageUrl,
        String jsonLd,
        boolean showsGatedText) {

    /** One section: HTML when granted, else the preview and how to unlock the rest. */
    @TemplateData
    record SectionModel(
            String aspect,
            String heading,
            boolean gated,
            boolean granted,
            String html,
            String preview,
            List<UnlockPrompt.Part> unlock) {}

    /** A source the article is based on; its link only when it is a web address. */
    @TemplateData
    record SourceLink(String title, String url) {

        static SourceLink of(String title, String url) {
            boolean web = url != null && (url.startsWith("https://") || url.startsWith("http://"));
            return new SourceLink(title, web ? url : null);
        }
    }
}
