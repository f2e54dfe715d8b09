package org.conditionatlas.web;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.List;

/** The codes that have a published article, and when each last changed: what a sitemap lists. */
@ApplicationScoped
class PublishedArticles {

    record Entry(String code, Instant updatedAt) {}

    private final EntityManager em;

    PublishedArticles(EntityManager em) {
        this.em = em;
    }

    @Transactional
    List<Entry> list(int limit) {
        return em.createQuery(
                        "select a.code, a.updatedAt from Article a where a.published = true" + " order by a.code",
                        Object[].class)
                .setMaxResults(limit)
                .getResultStream()
                .map(row -> new Entry((String) row[0], (Instant) row[1]))
                .toList();
    }
}
