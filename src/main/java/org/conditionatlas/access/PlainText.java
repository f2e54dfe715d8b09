package org.conditionatlas.access;

import org.commonmark.parser.Parser;
import org.commonmark.renderer.text.TextContentRenderer;

/** Markdown to plain text, for previews, excerpts and the search index. */
public final class PlainText {

    private static final Parser PARSER = Parser.builder().build();
    private static final TextContentRenderer RENDERER =
            TextContentRenderer.builder().build();

    private PlainText() {}

    /** The text of the Markdown with its markup removed and all white space folded to one space. */
    public static String of(String markdown) {
        return RENDERER.render(PARSER.parse(markdown)).replaceAll("\\s+", " ").strip();
    }

    /**
     * The opening of the text, at most {@code maxLength} characters, cut at a word boundary and
     * ended with an ellipsis when anything was cut.
     */
    public static String opening(String text, int maxLength) {
        if (text.length() <= maxLength) {
            return text;
        }
        int cut = text.lastIndexOf(' ', maxLength);
        if (cut <= 0) {
            cut = maxLength;
        }
        return text.substring(0, cut).replaceAll("[\\s,;:.\\-–—]+$", "") + "...";
    }
}
