package org.conditionatlas.auth;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Optional;

/** Tokens, keys, sign-ins and the limits on log-in and sign-up. */
@ConfigMapping(prefix = "atlas.auth")
public interface AuthConfig {

    /** The {@code iss} of every access token; verifiers pin it. */
    @WithDefault("condition-atlas")
    String issuer();

    /** The {@code aud} of every access token; verifiers pin it. */
    @WithDefault("condition-atlas-api")
    String audience();

    /** How long an access token is valid; at most 15 minutes. */
    @WithDefault("PT10M")
    Duration accessTokenLifetime();

    /** How long one refresh token is valid (each refresh issues a new one). */
    @WithDefault("P14D")
    Duration refreshTokenLifetime();

    /** A sign-in's absolute lifetime: no refresh extends it past this. */
    @WithDefault("P60D")
    Duration signInLifetime();

    /** How long a generated signing key signs before a new one takes over. */
    @WithDefault("P30D")
    Duration keyRotationPeriod();

    /**
     * A PKCS#8 PEM file with the RSA private key to sign with, instead of the generated ones (no
     * rotation then: rotate by replacing the file and keeping the old key's tokens' lifetime in
     * mind).
     */
    Optional<Path> signingKeyFile();

    /** Per-email throttle of failed log-ins. */
    Throttle throttle();

    /** After this many consecutive failures for one email, each further one adds a growing wait. */
    interface Throttle {
        /** Failures allowed before the first wait (the contract allows at most 10). */
        @WithDefault("5")
        int freeFailures();

        /** The first wait; each further failure doubles it. */
        @WithDefault("PT2S")
        Duration firstWait();

        /** The longest wait. */
        @WithDefault("PT15M")
        Duration longestWait();
    }
}
