package org.conditionatlas.system;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** Requests one client (IP address) may make per minute. */
@ConfigMapping(prefix = "atlas.auth.rate-limit")
public interface ClientRateLimitConfig {

    /** Sign-ups per client per minute, through the API and the pages alike. */
    @WithDefault("10")
    int signUpsPerMinute();

    /** Log-in attempts per client per minute, through the API and the pages alike. */
    @WithDefault("30")
    int logInsPerMinute();
}
