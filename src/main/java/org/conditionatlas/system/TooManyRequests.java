package org.conditionatlas.system;

import java.time.Duration;

/** A 429 problem with its Retry-After, in whole seconds (at least one). */
public final class TooManyRequests {

    private TooManyRequests() {}

    public static ProblemException after(Duration wait, String detail) {
        long seconds = Math.max(1, (wait.toMillis() + 999) / 1000);
        return new ProblemException(ProblemType.TOO_MANY_REQUESTS, detail)
                .with("retryAfter", seconds)
                .withHeader("Retry-After", Long.toString(seconds));
    }
}
