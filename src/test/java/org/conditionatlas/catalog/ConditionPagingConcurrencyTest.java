package org.conditionatlas.catalog;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.agroal.api.AgroalDataSource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.Test;

@QuarkusTest
class ConditionPagingConcurrencyTest {

    @Inject
    AgroalDataSource dataSource;

    @Test
    void pagingUnderConcurrentInsertsNeitherRepeatsNorSkipsAnItem() throws Exception {
        List<String> before = ConditionListResourceTest.allCodes(Map.of(), 100);

        // Codes that sort before, between and after the existing ones, inserted while a reader
        // pages.
        List<String> inserted = new ArrayList<>();
        for (String category : List.of("A99", "E11", "M61", "M62", "Z99")) {
            for (int i = 0; i < 8; i++) {
                inserted.add(category + ".Y" + i);
            }
        }
        AtomicBoolean paging = new AtomicBoolean(true);
        CompletableFuture<Void> writer = CompletableFuture.runAsync(() -> {
            try (Connection connection = dataSource.getConnection();
                    PreparedStatement insert = connection.prepareStatement("INSERT INTO icd_code (code, title,"
                            + " short_title, billable) VALUES (?, ?, ?,"
                            + " true)")) {
                for (int i = 0; i < inserted.size(); i++) {
                    String code = inserted.get((i * 7) % inserted.size());
                    insert.setString(1, code);
                    insert.setString(2, "Test code inserted while paging " + code);
                    insert.setString(3, "Test code " + code);
                    insert.executeUpdate();
                    Thread.sleep(paging.get() ? 15 : 0);
                }
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        });
        List<String> seen = ConditionListResourceTest.allCodes(Map.of(), 3);
        paging.set(false);
        writer.get();

        Set<String> unique = new HashSet<>(seen);
        assertEquals(seen.size(), unique.size(), "no code is listed twice");
        assertTrue(unique.containsAll(before), "every code that was there before is listed");
        List<String> sorted = new ArrayList<>(seen);
        sorted.sort(String::compareTo);
        assertEquals(sorted, seen, "the order stays the code order");
        assertTrue(seen.size() >= before.size());
    }
}
