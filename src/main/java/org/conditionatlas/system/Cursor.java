package org.conditionatlas.system;

import java.nio.charset.StandardCharsets;
import java.util.Base64;

/**
 * An opaque keyset position in a list ordered by score (descending), then code (ascending). Paging
 * by position rather than offset never repeats or skips an item when rows are inserted.
 */
public record Cursor(int score, String code) {

    public String encode() {
        return Base64.getUrlEncoder()
                .withoutPadding()
                .encodeToString((score + ":" + code).getBytes(StandardCharsets.UTF_8));
    }

    public static Cursor decode(String token) {
        try {
            String raw = new String(Base64.getUrlDecoder().decode(token), StandardCharsets.UTF_8);
            int colon = raw.indexOf(':');
            String code = raw.substring(colon + 1);
            if (colon <= 0 || code.isEmpty() || code.length() > 8) {
                throw new IllegalArgumentException();
            }
            return new Cursor(Integer.parseInt(raw.substring(0, colon)), code);
        } catch (RuntimeException e) {
            throw ProblemException.invalidParameter(
                    "cursor", "is not a cursor this API returned; start again without it");
        }
    }
}
