package org.conditionatlas.billing;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.time.Duration;
import java.util.Optional;

/** The payment provider's webhook. */
@ConfigMapping(prefix = "atlas.billing")
public interface BillingConfig {

    /**
     * The secret the provider signs events with (HMAC-SHA256). Unset, every event is answered 503
     * so that the provider keeps it and retries once the secret is configured.
     */
    Optional<String> webhookSecret();

    /** How far an event's signature time may be from now. */
    @WithDefault("PT5M")
    Duration signatureTolerance();
}
