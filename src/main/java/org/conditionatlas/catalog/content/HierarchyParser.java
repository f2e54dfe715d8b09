package org.conditionatlas.catalog.content;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/** Reads the bundle's chapter and block tables (tab-separated, with a header line). */
final class HierarchyParser {

    /** A chapter: its number, the range of 3-character categories it holds, and its title. */
    record ChapterRow(String code, String first, String last, String title) {}

    /** A block: the range of categories it holds and its title; its code is "first-last". */
    record BlockRow(String first, String last, String title) {
        String code() {
            return first + "-" + last;
        }
    }

    private static final Pattern CATEGORY = Pattern.compile("[A-Z][0-9][0-9A-Z]");
    private static final Pattern CHAPTER = Pattern.compile("[1-9][0-9]?");

    private HierarchyParser() {}

    static List<ChapterRow> chapters(String fileName, List<String> lines) {
        List<ChapterRow> rows = new ArrayList<>();
        for (String[] f : rows(fileName, lines, "code\tfirst\tlast\ttitle", 4)) {
            int line = Integer.parseInt(f[4]);
            if (!CHAPTER.matcher(f[0]).matches()) {
                throw new ContentLoadException(fileName, line, "a chapter code is a number, found '" + f[0] + "'");
            }
            rows.add(new ChapterRow(f[0], range(fileName, line, f[1]), range(fileName, line, f[2]), f[3]));
        }
        return rows;
    }

    static List<BlockRow> blocks(String fileName, List<String> lines) {
        List<BlockRow> rows = new ArrayList<>();
        for (String[] f : rows(fileName, lines, "first\tlast\ttitle", 3)) {
            int line = Integer.parseInt(f[3]);
            rows.add(new BlockRow(range(fileName, line, f[0]), range(fileName, line, f[1]), f[2]));
        }
        return rows;
    }

    private static String range(String fileName, int line, String category) {
        if (!CATEGORY.matcher(category).matches()) {
            throw new ContentLoadException(
                    fileName, line, "a range bound is a 3-character category such as M60, found '" + category + "'");
        }
        return category;
    }

    /** The data rows split into their fields, each followed by its line number. */
    private static List<String[]> rows(String fileName, List<String> lines, String header, int fields) {
        if (lines.isEmpty() || !lines.get(0).strip().equals(header)) {
            throw new ContentLoadException(
                    fileName, 1, "the first line must be the header '" + header.replace("\t", "<tab>") + "'");
        }
        List<String[]> rows = new ArrayList<>();
        for (int i = 1; i < lines.size(); i++) {
            if (lines.get(i).isBlank()) {
                continue;
            }
            String[] parts = lines.get(i).split("\t", -1);
            if (parts.length != fields || java.util.Arrays.stream(parts).anyMatch(String::isBlank)) {
                throw new ContentLoadException(
                        fileName, i + 1, "expected " + fields + " tab-separated fields, found " + parts.length);
            }
            String[] withLine = java.util.Arrays.copyOf(parts, fields + 1);
            for (int f = 0; f < fields; f++) {
                withLine[f] = parts[f].strip();
            }
            withLine[fields] = Integer.toString(i + 1);
            rows.add(withLine);
        }
        return rows;
    }
}
