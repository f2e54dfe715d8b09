package org.conditionatlas.catalog;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import org.conditionatlas.access.AccessPolicy;
import org.conditionatlas.access.Entitlement;
import org.conditionatlas.access.Reader;

/** The one place where a reader's view of a condition is built, for the API and the pages alike. */
@ApplicationScoped
class ConditionViewAssembler {

    private final AccessPolicy access;
    private final CatalogConfig config;

    ConditionViewAssembler(AccessPolicy access, CatalogConfig config) {
        this.access = access;
        this.config = config;
    }

    ConditionView assemble(ConditionSnapshot snapshot, Reader reader) {
        IcdCode code = snapshot.code();
        Article article = snapshot.article();
        if (article == null) {
            return new ConditionView(
                    code.code,
                    code.title,
                    snapshot.category(),
                    snapshot.block(),
                    snapshot.chapter(),
                    code.billable,
                    false,
                    false,
                    null,
                    List.of(),
                    List.of(),
                    null,
                    null,
                    null,
                    null,
                    config.disclaimer());
        }
        String page = "/conditions/" + code.code;
        List<ConditionView.SectionView> sections =
                article.sections.stream().map(s -> section(s, reader, page)).toList();
        ConditionView.Illustration illustration = article.illustrationUrl == null
                ? null
                : new ConditionView.Illustration(article.illustrationUrl, article.illustrationAlt);
        return new ConditionView(
                code.code,
                article.title,
                snapshot.category(),
                snapshot.block(),
                snapshot.chapter(),
                code.billable,
                true,
                article.sample,
                illustration,
                sections,
                List.copyOf(article.sources),
                article.reviewedAt,
                article.nextReviewAt,
                article.updatedAt,
                article.revision,
                config.disclaimer());
    }

    private ConditionView.SectionView section(Section section, Reader reader, String page) {
        GatedSection gated = new GatedSection(section);
        Entitlement entitlement = access.decide(reader, gated, page);
        if (entitlement instanceof Entitlement.Granted granted) {
            return new ConditionView.SectionView(
                    section.aspect, section.heading, granted.requiredTier(), "granted", granted.body(), null, null);
        }
        Entitlement.Locked locked = (Entitlement.Locked) entitlement;
        return new ConditionView.SectionView(
                section.aspect,
                section.heading,
                locked.requiredTier(),
                "locked",
                null,
                locked.preview(),
                locked.unlock());
    }
}
