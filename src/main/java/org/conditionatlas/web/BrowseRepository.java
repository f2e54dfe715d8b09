package org.conditionatlas.web;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.conditionatlas.catalog.Block;
import org.conditionatlas.catalog.Chapter;
import org.conditionatlas.catalog.IcdCode;

/**
 * The ICD-10-CM hierarchy for browsing: chapters, their blocks, and the categories of a block.
 * Codes and titles only, no article text.
 */
@ApplicationScoped
class BrowseRepository {

    /** A chapter, block or category as a browsing page lists it. */
    record Entry(String code, String title, String range) {}

    /** A block: the categories first to last, in a chapter. */
    record BlockEntry(String code, String title, String first, String last, String chapter) {}

    private final EntityManager em;

    BrowseRepository(EntityManager em) {
        this.em = em;
    }

    /** The chapters in their official order (1 to 22). */
    @Transactional
    List<Entry> chapters() {
        return em.createQuery("from Chapter", Chapter.class)
                .getResultStream()
                .sorted(Comparator.comparingInt(c -> Integer.parseInt(c.code)))
                .map(BrowseRepository::entry)
                .toList();
    }

    @Transactional
    Optional<Entry> chapter(String code) {
        return Optional.ofNullable(em.find(Chapter.class, code)).map(BrowseRepository::entry);
    }

    @Transactional
    List<Entry> blocks(String chapterCode) {
        return em.createQuery("from Block where chapterCode = ?1 order by firstCategory, lastCategory", Block.class)
                .setParameter(1, chapterCode)
                .getResultStream()
                .map(b -> new Entry(b.code, b.title, b.firstCategory + "–" + b.lastCategory))
                .toList();
    }

    @Transactional
    Optional<BlockEntry> block(String code) {
        return Optional.ofNullable(em.find(Block.class, code))
                .map(b -> new BlockEntry(b.code, b.title, b.firstCategory, b.lastCategory, b.chapterCode));
    }

    /** The 3-character categories of a block, in code order (a range of the primary key). */
    @Transactional
    List<Entry> categories(BlockEntry block) {
        return em.createQuery(
                        "from IcdCode where code >= ?1 and code <= ?2 and length(code) = 3" + " order by code",
                        IcdCode.class)
                .setParameter(1, block.first())
                .setParameter(2, block.last())
                .getResultStream()
                .map(c -> new Entry(c.code, c.title, null))
                .toList();
    }

    private static Entry entry(Chapter c) {
        return new Entry(c.code, c.title, c.firstCategory + "–" + c.lastCategory);
    }
}
