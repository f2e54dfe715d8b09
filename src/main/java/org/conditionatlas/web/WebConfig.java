package org.conditionatlas.web;

import io.smallrye.config.ConfigMapping;
import java.util.Optional;

/** The reader web pages' settings. */
@ConfigMapping(prefix = "atlas.web")
public interface WebConfig {

    /**
     * Whether the pages' cookies (session and CSRF) carry the Secure attribute. Unset: always,
     * except on plain-HTTP requests to localhost / 127.0.0.1 / [::1] (local runs and tests). Set it
     * to true behind a TLS-terminating proxy that forwards the original Host, to be explicit.
     */
    Optional<Boolean> secureCookies();
}
