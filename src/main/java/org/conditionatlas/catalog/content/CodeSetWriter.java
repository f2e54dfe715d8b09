package org.conditionatlas.catalog.content;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import org.hibernate.Session;

/**
 * Writes the ICD-10-CM hierarchy with batched upserts that leave unchanged rows alone, so that a
 * repeated load changes nothing. Runs inside the caller's transaction.
 */
@ApplicationScoped
class CodeSetWriter {

    private static final String UPSERT_CHAPTER = """
            INSERT INTO icd_chapter (code, first_category, last_category, title) VALUES (?, ?, ?, ?)
            ON CONFLICT (code) DO UPDATE SET first_category = EXCLUDED.first_category,
                last_category = EXCLUDED.last_category, title = EXCLUDED.title
            WHERE (icd_chapter.first_category, icd_chapter.last_category, icd_chapter.title)
                IS DISTINCT FROM (EXCLUDED.first_category, EXCLUDED.last_category, EXCLUDED.title)\
            """;
    private static final String UPSERT_BLOCK = """
            INSERT INTO icd_block (code, first_category, last_category, title, chapter_code) VALUES (?, ?, ?, ?, ?)
            ON CONFLICT (code) DO UPDATE SET title = EXCLUDED.title, chapter_code = EXCLUDED.chapter_code
            WHERE (icd_block.title, icd_block.chapter_code) IS DISTINCT FROM (EXCLUDED.title, EXCLUDED.chapter_code)\
            """;
    private static final String UPSERT_CODE = """
            INSERT INTO icd_code (code, title, short_title, billable, parent_code, block_code, chapter_code)
            VALUES (?, ?, ?, ?, ?, ?, ?)
            ON CONFLICT (code) DO UPDATE SET title = EXCLUDED.title, short_title = EXCLUDED.short_title,
                billable = EXCLUDED.billable, parent_code = EXCLUDED.parent_code,
                block_code = EXCLUDED.block_code, chapter_code = EXCLUDED.chapter_code
            WHERE (icd_code.title, icd_code.short_title, icd_code.billable, icd_code.parent_code,
                   icd_code.block_code, icd_code.chapter_code)
                IS DISTINCT FROM (EXCLUDED.title, EXCLUDED.short_title, EXCLUDED.billable,
                   EXCLUDED.parent_code, EXCLUDED.block_code, EXCLUDED.chapter_code)\
            """;

    private final EntityManager em;

    CodeSetWriter(EntityManager em) {
        this.em = em;
    }

    /** Writes chapters, blocks and codes; returns how many rows were inserted or changed. */
    int write(
            String source,
            List<HierarchyParser.ChapterRow> chapters,
            List<HierarchyParser.BlockRow> blocks,
            List<CodeSetEntry> codes) {
        return em.unwrap(Session.class).doReturningWork(connection -> {
            int changed = 0;
            changed += batch(connection, UPSERT_CHAPTER, chapters, (ps, c) -> {
                ps.setString(1, c.code());
                ps.setString(2, c.first());
                ps.setString(3, c.last());
                ps.setString(4, c.title());
            });
            TreeMap<String, Range> chapterRanges =
                    ranges(connection, "SELECT code, first_category, last_category FROM icd_chapter");
            List<String[]> blockRows = new ArrayList<>();
            for (HierarchyParser.BlockRow b : blocks) {
                String chapter = containing(chapterRanges, b.first())
                        .orElseThrow(
                                () -> new ContentLoadException(source, 0, "no chapter holds the block " + b.code()));
                blockRows.add(new String[] {b.code(), b.first(), b.last(), b.title(), chapter});
            }
            changed += batch(connection, UPSERT_BLOCK, blockRows, (ps, b) -> {
                for (int i = 0; i < b.length; i++) {
                    ps.setString(i + 1, b[i]);
                }
            });
            TreeMap<String, Range> blockRanges =
                    ranges(connection, "SELECT code, first_category, last_category FROM icd_block");
            Set<String> known = existingCodes(connection);
            codes.forEach(c -> known.add(c.code().value()));
            List<CodeSetEntry> parentsFirst = new ArrayList<>(codes);
            parentsFirst.sort(
                    Comparator.comparingInt((CodeSetEntry c) -> c.code().key().length())
                            .thenComparing(c -> c.code().value()));
            changed += batch(connection, UPSERT_CODE, parentsFirst, (ps, c) -> {
                String category = c.code().category();
                ps.setString(1, c.code().value());
                ps.setString(2, c.title());
                ps.setString(3, c.shortTitle());
                ps.setBoolean(4, c.billable());
                ps.setString(
                        5,
                        c.code().ancestors().stream()
                                .filter(known::contains)
                                .findFirst()
                                .orElse(null));
                ps.setString(6, containing(blockRanges, category).orElse(null));
                ps.setString(7, containing(chapterRanges, category).orElse(null));
            });
            return changed;
        });
    }

    private record Range(String code, String first, String last) {}

    private interface Binder<T> {
        void bind(PreparedStatement statement, T row) throws SQLException;
    }

    private static <T> int batch(Connection connection, String sql, List<T> rows, Binder<T> binder)
            throws SQLException {
        int changed = 0;
        try (PreparedStatement ps = connection.prepareStatement(sql)) {
            int pending = 0;
            for (T row : rows) {
                binder.bind(ps, row);
                ps.addBatch();
                if (++pending == 1000) {
                    changed += sum(ps.executeBatch());
                    pending = 0;
                }
            }
            if (pending > 0) {
                changed += sum(ps.executeBatch());
            }
        }
        return changed;
    }

    private static int sum(int[] counts) {
        int total = 0;
        for (int count : counts) {
            total += Math.max(count, 0);
        }
        return total;
    }

    /** Ranges of categories keyed by their first category, for a floor look-up. */
    private static TreeMap<String, Range> ranges(Connection connection, String sql) throws SQLException {
        TreeMap<String, Range> ranges = new TreeMap<>();
        try (PreparedStatement ps = connection.prepareStatement(sql);
                ResultSet rs = ps.executeQuery()) {
            while (rs.next()) {
                ranges.put(rs.getString(2), new Range(rs.getString(1), rs.getString(2), rs.getString(3)));
            }
        }
        return ranges;
    }

    private static Optional<String> containing(TreeMap<String, Range> ranges, String category) {
        return Optional.ofNullable(ranges.floorEntry(category))
                .map(java.util.Map.Entry::getValue)
                .filter(r -> category.compareTo(r.last()) <= 0)
                .map(Range::code);
    }

    private static Set<String> existingCodes(Connection connection) throws SQLException {
        Set<String> codes = new HashSet<>();
        try (PreparedStatement ps = connection.prepareStatement("SELECT code FROM icd_code");
                ResultSet rs = ps.executeQuery()) {
            while (rs.next()) {
                codes.add(rs.getString(1));
            }
        }
        return codes;
    }
}
