package org.conditionatlas.catalog;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class ConditionCodeTest {

    @Test
    void acceptsAnyCaseWithOrWithoutTheDotAndAnswersCanonically() {
        for (String raw : List.of("M61.28", "m61.28", "m6128", "M6128", " m61.28 ")) {
            assertEquals("M61.28", ConditionCode.parse(raw).orElseThrow().value(), raw);
        }
        assertEquals("M61", ConditionCode.parse("m61").orElseThrow().value());
        assertEquals("M61.2", ConditionCode.parse("M612").orElseThrow().value());
        assertEquals("S72.001A", ConditionCode.parse("s72001a").orElseThrow().value());
        assertEquals("C7A.01", ConditionCode.parse("c7a01").orElseThrow().value());
    }

    @Test
    void rejectsWhatIsNotAnIcd10CmCode() {
        for (String raw : List.of(
                "", "M", "M6", "6M1", "MM1", "M61.", "M61..2", "M61.28901", "M61-28", "M61.2 8", "ﬀ61", "M61.28%00")) {
            assertTrue(ConditionCode.parse(raw).isEmpty(), raw);
        }
    }

    @Test
    void ancestorsRunFromTheNearestUpToTheCategory() {
        assertEquals(
                List.of("S72.001", "S72.00", "S72.0", "S72"),
                ConditionCode.parse("S72.001A").orElseThrow().ancestors());
        assertEquals(List.of(), ConditionCode.parse("M61").orElseThrow().ancestors());
    }
}
