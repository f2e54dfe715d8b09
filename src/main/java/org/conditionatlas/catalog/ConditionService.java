package org.conditionatlas.catalog;

import jakarta.enterprise.context.ApplicationScoped;
import org.conditionatlas.access.Tier;
import org.conditionatlas.system.ProblemException;
import org.conditionatlas.system.ProblemType;

/** Reads conditions as readers see them. The rendered view is cached per code, tier and generation. */
@ApplicationScoped
public class ConditionService {

    static final String VIEW_CACHE = "condition-views";

    private final ConditionViewCache cache;
    private final ConditionRenderer renderer;
    private final ContentGeneration generation;

    ConditionService(ConditionViewCache cache, ConditionRenderer renderer, ContentGeneration generation) {
        this.cache = cache;
        this.renderer = renderer;
        this.generation = generation;
    }

    /** Parses a code as a path gives it: any case, with or without the dot. */
    public static ConditionCode parseCode(String raw) {
        return ConditionCode.parse(raw)
                .orElseThrow(() -> new ProblemException(
                        ProblemType.MALFORMED_CODE, "'" + abbreviate(raw) + "' is not an ICD-10-CM code."));
    }

    /**
     * The condition as a reader of the given tier sees it, from the cache.
     *
     * @throws ProblemException 404 naming the closest known ancestor when the code is unknown
     */
    public RenderedCondition view(ConditionCode code, Tier tier) {
        return cache.render(code, tier, generation.current());
    }

    /** The same, read from the database now: for decisions that must not rest on a cache. */
    public RenderedCondition freshView(ConditionCode code, Tier tier) {
        return renderer.render(code, tier);
    }

    private static String abbreviate(String raw) {
        String printable = raw.replaceAll("\\p{Cntrl}", "?");
        return printable.length() > 20 ? printable.substring(0, 20) + "..." : printable;
    }
}
