package org.conditionatlas.web;

import java.util.regex.Pattern;

/**
 * Where a reader returns after signing up, logging in or out: only a path of this site, so that the
 * {@code next} parameter can never send anyone to another site (no open redirect).
 */
final class NextPath {

    static final String HOME = "/";

    /** A site path: one slash, then no second slash or backslash, and nothing that leaves it. */
    private static final Pattern SITE_PATH = Pattern.compile("/(?![/\\\\])[^\\s\\\\]*");

    private NextPath() {}

    /** The raw value when it is a path of this site, else the home page. */
    static String of(String raw) {
        if (raw == null || raw.length() > 2000 || !SITE_PATH.matcher(raw).matches()) {
            return HOME;
        }
        for (int i = 0; i < raw.length(); i++) {
            if (Character.isISOControl(raw.charAt(i))) {
                return HOME;
            }
        }
        return raw;
    }
}
