package org.conditionatlas.system;

/**
 * Strict parsing of query parameters, so that a malformed value is a 400 with the parameter named
 * (JAX-RS would answer 404 for a value it cannot convert).
 */
public final class QueryParams {

    private QueryParams() {}

    public static int intInRange(String name, String raw, int defaultValue, int min, int max) {
        if (raw == null || raw.isEmpty()) {
            return defaultValue;
        }
        try {
            int value = Integer.parseInt(raw.strip());
            if (value >= min && value <= max) {
                return value;
            }
        } catch (NumberFormatException e) {
            // reported below
        }
        throw ProblemException.invalidParameter(name, "must be a whole number from " + min + " to " + max);
    }

    public static Boolean optionalBoolean(String name, String raw) {
        if (raw == null || raw.isEmpty()) {
            return null;
        }
        return switch (raw.strip().toLowerCase(java.util.Locale.ROOT)) {
            case "true" -> Boolean.TRUE;
            case "false" -> Boolean.FALSE;
            default -> throw ProblemException.invalidParameter(name, "must be true or false");
        };
    }

    /** A path or query parameter that must be a UUID. */
    public static java.util.UUID uuid(String name, String raw) {
        try {
            return java.util.UUID.fromString(raw);
        } catch (IllegalArgumentException | NullPointerException e) {
            throw ProblemException.invalidParameter(name, "must be an id (a UUID)");
        }
    }
}
