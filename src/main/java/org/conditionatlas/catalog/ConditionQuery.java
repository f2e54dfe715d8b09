package org.conditionatlas.catalog;

import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * What a reader asked the list for: free text and/or a code prefix, and filters. Built from raw
 * parameters by {@link #of}, which rejects what is malformed.
 */
record ConditionQuery(String text, String codePrefix, String chapter, ConditionCode category, Boolean hasArticle) {

    private static final Pattern CODE_PREFIX = Pattern.compile("[A-Z][0-9]?[0-9A-Z]?\\.?[0-9A-Z]{0,4}");
    private static final Pattern CHAPTER = Pattern.compile("[1-9][0-9]?");

    static ConditionQuery of(String q, String chapter, String category, Boolean hasArticle) {
        String text = q == null || q.isBlank() ? null : q.strip().replaceAll("\\s+", " ");
        if (text != null && text.length() > 200) {
            throw org.conditionatlas.system.ProblemException.invalidParameter("q", "must be at most 200 characters");
        }
        if (chapter != null && !CHAPTER.matcher(chapter).matches()) {
            throw org.conditionatlas.system.ProblemException.invalidParameter(
                    "chapter", "must be an ICD-10-CM chapter number, 1 to 22");
        }
        ConditionCode categoryCode = category == null
                ? null
                : ConditionCode.parse(category)
                        .orElseThrow(() -> org.conditionatlas.system.ProblemException.invalidParameter(
                                "category", "must be an ICD-10-CM code such as M61"));
        return new ConditionQuery(text, codePrefix(text).orElse(null), chapter, categoryCode, hasArticle);
    }

    /** The code key (no dot) a query could be the start of, such as "M612" for "m61.2". */
    private static Optional<String> codePrefix(String text) {
        if (text == null) {
            return Optional.empty();
        }
        String upper = text.toUpperCase(Locale.ROOT);
        return CODE_PREFIX.matcher(upper).matches() ? Optional.of(upper.replace(".", "")) : Optional.empty();
    }
}
