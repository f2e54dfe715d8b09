package org.conditionatlas.catalog;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.cache.CacheResult;
import jakarta.enterprise.context.ApplicationScoped;
import org.conditionatlas.system.RenderedJson;

/**
 * Rendered pages of text searches, which cost the database trigram and ranking work: the same
 * search is answered from memory until the content changes (the key holds the content
 * generation). Plain lists are index scans and are not cached.
 */
@ApplicationScoped
class ConditionSearchCache {

    /** Everything a page depends on, normalised. */
    record Key(String q, String chapter, String category, Boolean hasArticle, int limit, String cursor) {}

    static final String SEARCH_CACHE = "condition-searches";

    private final ConditionListService list;
    private final ObjectMapper mapper;

    ConditionSearchCache(ConditionListService list, ObjectMapper mapper) {
        this.list = list;
        this.mapper = mapper;
    }

    @CacheResult(cacheName = SEARCH_CACHE)
    RenderedJson page(Key key, long generation) {
        return RenderedJson.of(
                mapper, list.list(key.q(), key.chapter(), key.category(), key.hasArticle(), key.limit(), key.cursor()));
    }
}
