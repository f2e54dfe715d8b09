package org.conditionatlas.catalog.content;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class OrderFileParserTest {

    private static List<String> sample() throws Exception {
        return Files.readAllLines(Path.of("src/test/resources/icd10cm/order-sample.txt"));
    }

    @Test
    void readsTheFixedColumnsOfTheOfficialOrderFile() throws Exception {
        List<CodeSetEntry> entries = OrderFileParser.parse("order.txt", sample());
        assertEquals(19, entries.size());
        CodeSetEntry header = entries.get(0);
        assertEquals("A00", header.code().value());
        assertFalse(header.billable());
        CodeSetEntry deep = entries.get(18);
        assertEquals("S72.001A", deep.code().value());
        assertTrue(deep.billable());
        assertEquals("Fx unsp part of neck of right femur, init for clos fx", deep.shortTitle());
        assertEquals(
                "Fracture of unspecified part of neck of right femur, initial encounter for closed fracture",
                deep.title());
    }

    @Test
    void theShippedBundleCodesFileIsAValidOrderFile() throws Exception {
        List<String> lines = Files.readAllLines(Path.of("seeds/icd10cm/codes.txt"));
        List<CodeSetEntry> entries = OrderFileParser.parse("codes.txt", lines);
        assertTrue(entries.stream().anyMatch(e -> e.code().value().equals("M61.28")));
        assertTrue(
                entries.stream().noneMatch(e -> e.code().value().equals("M61.29")),
                "M61.29 is the contract's example of an unknown code");
    }

    @Test
    void aBrokenLineIsReportedWithItsNumber() throws Exception {
        List<String> lines = new ArrayList<>(sample());
        lines.set(4, lines.get(4).substring(0, 14) + "X" + lines.get(4).substring(15));
        ContentLoadException flag =
                assertThrows(ContentLoadException.class, () -> OrderFileParser.parse("o.txt", lines));
        assertEquals(5, flag.line());
        assertTrue(flag.getMessage().startsWith("o.txt:5: column 15"), flag.getMessage());

        List<String> shortLine = new ArrayList<>(sample());
        shortLine.set(2, "00003 A001    1 Cholera");
        assertEquals(
                3,
                assertThrows(ContentLoadException.class, () -> OrderFileParser.parse("o.txt", shortLine))
                        .line());

        List<String> badCode = new ArrayList<>(sample());
        badCode.set(1, badCode.get(1).replace("A000   ", "A0.0   "));
        assertTrue(assertThrows(ContentLoadException.class, () -> OrderFileParser.parse("o.txt", badCode))
                .getMessage()
                .contains("o.txt:2: columns 7-13"));

        List<String> twice = new ArrayList<>(sample());
        twice.add(twice.get(0).replace("00001", "00020"));
        assertEquals(
                20,
                assertThrows(ContentLoadException.class, () -> OrderFileParser.parse("o.txt", twice))
                        .line());
    }
}
