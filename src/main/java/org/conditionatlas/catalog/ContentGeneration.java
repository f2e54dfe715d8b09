package org.conditionatlas.catalog;

import io.quarkus.cache.Cache;
import io.quarkus.cache.CacheName;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Status;
import jakarta.transaction.Synchronization;
import jakarta.transaction.TransactionSynchronizationRegistry;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicLong;

/**
 * The version of the content that cached views belong to. Cached views are keyed by it, and it
 * advances after each commit that changes content: a reader who loaded the old content just before
 * the commit can only have filled a key that is never read again, so nobody is served stale text.
 * The writing transaction also notifies the other instances (PostgreSQL NOTIFY, delivered at
 * commit; see {@link ContentChangeListener}), which advance theirs.
 */
@ApplicationScoped
public class ContentGeneration {

    /** The PostgreSQL channel that tells every instance that content changed. */
    static final String CHANNEL = "atlas_content";

    /** This instance, so that it can ignore its own notifications. */
    private final String instance = UUID.randomUUID().toString();

    private final AtomicLong generation = new AtomicLong();
    private final TransactionSynchronizationRegistry transactions;
    private final EntityManager em;
    private final Cache views;
    private final Cache searches;

    ContentGeneration(
            TransactionSynchronizationRegistry transactions,
            EntityManager em,
            @CacheName(ConditionService.VIEW_CACHE) Cache views,
            @CacheName(ConditionSearchCache.SEARCH_CACHE) Cache searches) {
        this.transactions = transactions;
        this.em = em;
        this.views = views;
        this.searches = searches;
    }

    String instance() {
        return instance;
    }

    long current() {
        return generation.get();
    }

    /**
     * Advances once the current transaction has committed (not at all if it rolls back), here and,
     * through the notification sent in the same transaction, on every other instance.
     */
    public void advanceAfterCommit() {
        em.createNativeQuery("SELECT pg_notify(?1, ?2)")
                .setParameter(1, CHANNEL)
                .setParameter(2, instance)
                .getSingleResult();
        transactions.registerInterposedSynchronization(new Synchronization() {
            @Override
            public void beforeCompletion() {}

            @Override
            public void afterCompletion(int status) {
                if (status == Status.STATUS_COMMITTED) {
                    advance();
                }
            }
        });
    }

    /** Content changed (here, or on another instance): cached views are stale from now on. */
    void advance() {
        generation.incrementAndGet();
        // Entries of older generations are never read again; free them now.
        views.invalidateAll().await().indefinitely();
        searches.invalidateAll().await().indefinitely();
    }
}
