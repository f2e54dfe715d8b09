package org.conditionatlas.catalog;

import io.quarkus.cache.Cache;
import io.quarkus.cache.CacheName;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Status;
import jakarta.transaction.Synchronization;
import jakarta.transaction.TransactionSynchronizationRegistry;
import java.util.concurrent.atomic.AtomicLong;

/**
 * The version of the content that cached views belong to. Cached views are keyed by it, and it
 * advances after each commit that changes content: a reader who loaded the old content just before
 * the commit can only have filled a key that is never read again, so nobody is served stale text.
 * Per instance; other instances catch up within the cache's expire-after-write.
 */
@ApplicationScoped
public class ContentGeneration {

    private final AtomicLong generation = new AtomicLong();
    private final TransactionSynchronizationRegistry transactions;
    private final Cache views;
    private final Cache searches;

    ContentGeneration(
            TransactionSynchronizationRegistry transactions,
            @CacheName(ConditionService.VIEW_CACHE) Cache views,
            @CacheName(ConditionSearchCache.SEARCH_CACHE) Cache searches) {
        this.transactions = transactions;
        this.views = views;
        this.searches = searches;
    }

    long current() {
        return generation.get();
    }

    /** Advances once the current transaction has committed (not at all if it rolls back). */
    public void advanceAfterCommit() {
        transactions.registerInterposedSynchronization(new Synchronization() {
            @Override
            public void beforeCompletion() {}

            @Override
            public void afterCompletion(int status) {
                if (status == Status.STATUS_COMMITTED) {
                    generation.incrementAndGet();
                    // Entries of older generations are never read again; free them now.
                    views.invalidateAll().await().indefinitely();
                    searches.invalidateAll().await().indefinitely();
                }
            }
        });
    }
}
