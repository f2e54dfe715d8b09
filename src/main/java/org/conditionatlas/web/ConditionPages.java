package org.conditionatlas.web;

import jakarta.enterprise.context.ApplicationScoped;
import java.time.ZoneOffset;
import java.util.List;
import org.conditionatlas.access.PlainText;
import org.conditionatlas.access.Reader;
import org.conditionatlas.access.Tier;
import org.conditionatlas.catalog.ConditionCode;
import org.conditionatlas.catalog.ConditionService;
import org.conditionatlas.catalog.ConditionView;

/**
 * Builds a condition page from the one reader view of the condition ({@link ConditionService}),
 * taken after the entitlement decision: a locked section arrives here as a preview and unlock links
 * only, so its text cannot reach the page.
 */
@ApplicationScoped
class ConditionPages {

    /** Search engines show about this much of a description. */
    private static final int DESCRIPTION_LENGTH = 155;

    private final ConditionService conditions;
    private final StructuredData structuredData;
    private final SiteLinks links;

    ConditionPages(ConditionService conditions, StructuredData structuredData, SiteLinks links) {
        this.conditions = conditions;
        this.structuredData = structuredData;
        this.links = links;
    }

    /**
     * @throws org.conditionatlas.system.ProblemException 404 (naming the closest ancestor) for an
     *     unknown code
     */
    ConditionPageModel page(ConditionCode code, Reader reader) {
        ConditionView view = conditions.view(code, reader.tier()).view();
        ConditionView anonymous =
                reader.isSignedIn() ? conditions.view(code, Tier.ANONYMOUS).view() : view;
        String canonical = links.absolute(ConditionPageResource.path(view.code()));
        String description = description(anonymous);
        String image = view.illustration() == null
                ? null
                : imageUrl(view.illustration().url());
        List<ConditionPageModel.SectionModel> sections =
                view.sections().stream().map(this::section).toList();
        return new ConditionPageModel(
                view.code(),
                view.title(),
                view.category(),
                view.chapter(),
                view.block(),
                view.illustration(),
                view.hasArticle(),
                view.sample(),
                sections,
                view.sources().stream()
                        .map(s -> ConditionPageModel.SourceLink.of(s.title(), s.url()))
                        .toList(),
                view.reviewedAt() == null
                        ? null
                        : view.reviewedAt()
                                .atOffset(ZoneOffset.UTC)
                                .toLocalDate()
                                .toString(),
                view.disclaimer(),
                description,
                canonical,
                image,
                structuredData.of(anonymous, canonical, description, image),
                sections.stream().anyMatch(s -> s.gated() && s.granted()));
    }

    private ConditionPageModel.SectionModel section(ConditionView.SectionView section) {
        boolean gated = section.requiredTier() != Tier.ANONYMOUS;
        if (section.granted()) {
            return new ConditionPageModel.SectionModel(
                    section.aspect(),
                    section.heading(),
                    gated,
                    true,
                    MarkdownHtml.render(section.body()),
                    null,
                    List.of());
        }
        return new ConditionPageModel.SectionModel(
                section.aspect(),
                section.heading(),
                gated,
                false,
                null,
                section.preview(),
                UnlockPrompt.of(section.unlock(), links));
    }

    /** An illustration's absolute URL: a site path gets the site's base, other URLs stay. */
    private String imageUrl(String url) {
        String local = links.local(url);
        return local.startsWith("/") ? links.absolute(local) : local;
    }

    /** The opening of the first section every reader may see, or what the code itself says. */
    private static String description(ConditionView anonymous) {
        return anonymous.sections().stream()
                .filter(s -> s.granted() && s.requiredTier() == Tier.ANONYMOUS)
                .findFirst()
                .map(s -> PlainText.opening(PlainText.of(s.body()), DESCRIPTION_LENGTH))
                .orElseGet(() -> "ICD-10-CM code "
                        + anonymous.code()
                        + ": "
                        + anonymous.title()
                        + (anonymous.category() == null
                                ? "."
                                : ", in the category "
                                        + anonymous.category().code()
                                        + " "
                                        + anonymous.category().title()
                                        + "."));
    }
}
