package org.conditionatlas.system;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Per-client (IP address) limits on sign-up and log-in, in fixed one-minute windows. Kept in
 * memory: each instance limits what reaches it, which with N instances bounds a client at N times
 * the limit; the per-email throttle, in the database, is what holds across instances.
 */
@ApplicationScoped
public class ClientRateLimiter {

    private static final Duration WINDOW = Duration.ofMinutes(1);

    private final Cache<String, AtomicInteger> windows = Caffeine.newBuilder()
            .expireAfterWrite(WINDOW.multipliedBy(2))
            .maximumSize(200_000)
            .build();
    private final ClientRateLimitConfig config;

    ClientRateLimiter(ClientRateLimitConfig config) {
        this.config = config;
    }

    /** Counts a sign-up; a 429 problem when the client is over its limit. */
    public void signUp(String client) {
        acquire("sign-up", client, config.signUpsPerMinute()).ifPresent(wait -> {
            throw TooManyRequests.after(wait, "Too many sign-ups from this client.");
        });
    }

    /** Counts a log-in attempt; a 429 problem when the client is over its limit. */
    public void logIn(String client) {
        acquire("log-in", client, config.logInsPerMinute()).ifPresent(wait -> {
            throw TooManyRequests.after(wait, "Too many log-in attempts from this client.");
        });
    }

    /** Counts one attempt; the wait until the next window when the client is over the limit. */
    private Optional<Duration> acquire(String action, String client, int perMinute) {
        long now = Instant.now().toEpochMilli();
        long window = now / WINDOW.toMillis();
        int count = windows.get(action + '|' + client + '|' + window, k -> new AtomicInteger())
                .incrementAndGet();
        if (count <= perMinute) {
            return Optional.empty();
        }
        return Optional.of(Duration.ofMillis((window + 1) * WINDOW.toMillis() - now));
    }
}
