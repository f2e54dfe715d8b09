package org.conditionatlas.catalog;

import io.quarkus.cache.CacheResult;
import jakarta.enterprise.context.ApplicationScoped;
import org.conditionatlas.access.Tier;

/** The hot read: a tier's rendered view, per content generation (see {@link ContentGeneration}). */
@ApplicationScoped
class ConditionViewCache {

    private final ConditionRenderer renderer;

    ConditionViewCache(ConditionRenderer renderer) {
        this.renderer = renderer;
    }

    @CacheResult(cacheName = ConditionService.VIEW_CACHE)
    RenderedCondition render(ConditionCode code, Tier tier, long generation) {
        return renderer.render(code, tier);
    }
}
