package org.conditionatlas.catalog.content;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.conditionatlas.catalog.ConditionCode;

/**
 * Reads the CMS "order file" of ICD-10-CM (icd10cm_order_YYYY.txt), whose columns are fixed: order
 * number (1-5), code without its dot (7-13), 1 for a billable code or 0 for a header (15), short
 * description (17-76), long description (78 to the end of the line).
 */
final class OrderFileParser {

    private OrderFileParser() {}

    static List<CodeSetEntry> parse(String fileName, List<String> lines) {
        List<CodeSetEntry> entries = new ArrayList<>(lines.size());
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < lines.size(); i++) {
            String line = stripBom(lines.get(i), i);
            if (line.isBlank()) {
                continue;
            }
            int lineNumber = i + 1;
            if (line.length() < 78) {
                throw new ContentLoadException(
                        fileName,
                        lineNumber,
                        "an order-file line has at least 78 characters (this one has "
                                + line.length()
                                + "): order number, code, flag, short and long description in fixed"
                                + " columns");
            }
            if (!line.substring(0, 5).chars().allMatch(Character::isDigit)) {
                throw new ContentLoadException(
                        fileName,
                        lineNumber,
                        "columns 1-5 must hold the order number, found '" + line.substring(0, 5) + "'");
            }
            String rawCode = line.substring(6, 13).strip();
            ConditionCode code = ConditionCode.parse(rawCode)
                    .filter(c -> c.key().equals(rawCode))
                    .orElseThrow(() -> new ContentLoadException(
                            fileName,
                            lineNumber,
                            "columns 7-13 must hold an ICD-10-CM code without its dot, found '" + rawCode + "'"));
            char flag = line.charAt(14);
            if (flag != '0' && flag != '1') {
                throw new ContentLoadException(
                        fileName,
                        lineNumber,
                        "column 15 must be 0 (header) or 1 (billable code), found '" + flag + "'");
            }
            String shortTitle = line.substring(16, 76).strip();
            String title = line.substring(77).strip();
            if (shortTitle.isEmpty() || title.isEmpty()) {
                throw new ContentLoadException(fileName, lineNumber, "the code " + code + " has no description");
            }
            if (!seen.add(code.value())) {
                throw new ContentLoadException(fileName, lineNumber, "the code " + code + " appears twice");
            }
            entries.add(new CodeSetEntry(code, flag == '1', shortTitle, title));
        }
        return entries;
    }

    private static String stripBom(String line, int index) {
        return index == 0 && line.startsWith("\uFEFF") ? line.substring(1) : line;
    }
}
