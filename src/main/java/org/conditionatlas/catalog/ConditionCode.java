package org.conditionatlas.catalog;

import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * An ICD-10-CM code in its canonical form: upper case, with the dot after the category ({@code
 * M61.28}). Accepts any case, with or without the dot.
 */
public record ConditionCode(String value) {

    private static final Pattern CODE = Pattern.compile("([A-Z][0-9][0-9A-Z])(?:\\.?([0-9A-Z]{1,4}))?");

    public static Optional<ConditionCode> parse(String raw) {
        if (raw == null || raw.length() > 8) {
            return Optional.empty();
        }
        Matcher m = CODE.matcher(raw.strip().toUpperCase(Locale.ROOT));
        if (!m.matches()) {
            return Optional.empty();
        }
        return Optional.of(new ConditionCode(m.group(2) == null ? m.group(1) : m.group(1) + "." + m.group(2)));
    }

    /** The code without its dot, as the official code files write it. */
    public String key() {
        return value.replace(".", "");
    }

    /** The 3-character category this code belongs to. */
    public String category() {
        return value.substring(0, 3);
    }

    /** The codes above this one, nearest first ({@code M61.28 -> M61.2, M61}). */
    public java.util.List<String> ancestors() {
        java.util.List<String> result = new java.util.ArrayList<>();
        String key = key();
        for (int length = key.length() - 1; length >= 3; length--) {
            result.add(length == 3 ? key.substring(0, 3) : key.substring(0, 3) + "." + key.substring(3, length));
        }
        return result;
    }

    @Override
    public String toString() {
        return value;
    }
}
