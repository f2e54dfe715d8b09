package org.conditionatlas.account;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** Argon2id cost. Raising it upgrades each stored hash at the account's next log-in. */
@ConfigMapping(prefix = "atlas.password")
public interface PasswordConfig {

    /** Memory per hash in KiB; OWASP's minimum for Argon2id is 19 MiB (19456 KiB). */
    @WithDefault("19456")
    int memoryKib();

    /** Passes over the memory; OWASP's minimum with 19 MiB is 2. */
    @WithDefault("2")
    int iterations();

    /** Lanes. */
    @WithDefault("1")
    int parallelism();
}
