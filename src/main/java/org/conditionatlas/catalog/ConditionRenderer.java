package org.conditionatlas.catalog;

import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import org.conditionatlas.access.Reader;
import org.conditionatlas.access.Tier;
import org.conditionatlas.system.ProblemException;
import org.conditionatlas.system.ProblemType;
import org.conditionatlas.system.RenderedJson;

/** Reads a condition from the database and renders a tier's view of it, uncached. */
@ApplicationScoped
class ConditionRenderer {

    private final CatalogRepository catalog;
    private final ArticleRepository articles;
    private final ConditionViewAssembler assembler;
    private final ObjectMapper mapper;

    ConditionRenderer(
            CatalogRepository catalog,
            ArticleRepository articles,
            ConditionViewAssembler assembler,
            ObjectMapper mapper) {
        this.catalog = catalog;
        this.articles = articles;
        this.assembler = assembler;
        this.mapper = mapper;
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    RenderedCondition render(ConditionCode code, Tier tier) {
        ConditionView view = assembler.assemble(snapshot(code), new Reader(tier));
        return new RenderedCondition(view, RenderedJson.of(mapper, view));
    }

    private ConditionSnapshot snapshot(ConditionCode code) {
        IcdCode icd = catalog.findByCode(code.value()).orElseThrow(() -> unknown(code));
        ConditionView.Ref category = catalog.findByCode(icd.parentCode)
                .map(p -> new ConditionView.Ref(p.code, p.title))
                .orElse(null);
        ConditionView.Ref block = catalog.findBlock(icd.blockCode)
                .map(b -> new ConditionView.Ref(b.code, b.title))
                .orElse(null);
        ConditionView.Ref chapter = catalog.findChapter(icd.chapterCode)
                .map(c -> new ConditionView.Ref(c.code, c.title))
                .orElse(null);
        return new ConditionSnapshot(
                icd,
                category,
                block,
                chapter,
                articles.findPublishedByCode(icd.code).orElse(null));
    }

    private ProblemException unknown(ConditionCode code) {
        ProblemException problem = new ProblemException(
                ProblemType.UNKNOWN_CONDITION, "There is no condition " + code.value() + " in the catalogue.");
        catalog.findFirstExisting(code.ancestors())
                .ifPresent(a -> problem.with("closest", new ConditionView.Ref(a.code, a.title)));
        return problem;
    }
}
