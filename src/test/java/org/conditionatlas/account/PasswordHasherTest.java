package org.conditionatlas.account;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class PasswordHasherTest {

    private static PasswordConfig cost(int memoryKib, int iterations) {
        return new PasswordConfig() {
            @Override
            public int memoryKib() {
                return memoryKib;
            }

            @Override
            public int iterations() {
                return iterations;
            }

            @Override
            public int parallelism() {
                return 1;
            }
        };
    }

    @Test
    void hashesAreSaltedArgon2idInPhcFormatAndVerify() {
        PasswordHasher hasher = new PasswordHasher(cost(19456, 2));
        String first = hasher.hash("a fine long passphrase");
        String second = hasher.hash("a fine long passphrase");
        assertTrue(first.startsWith("$argon2id$v=19$m=19456,t=2,p=1$"), first);
        assertNotEquals(first, second, "each hash has its own salt");
        assertTrue(hasher.verify("a fine long passphrase", first).matches());
        assertFalse(hasher.verify("a fine long passphrasE", first).matches());
        assertFalse(hasher.verify("a fine long passphrase", "not a hash").matches());
    }

    @Test
    void aLongPasswordIsNeverTruncated() {
        PasswordHasher hasher = new PasswordHasher(cost(19456, 2));
        String base = "x".repeat(100);
        String hash = hasher.hash(base + "-ending-one");
        assertFalse(hasher.verify(base + "-ending-two", hash).matches());
    }

    @Test
    void aHashOfALowerCostAsksToBeUpgradedOnlyWhenItMatches() {
        String old = new PasswordHasher(cost(8192, 1)).hash("a fine long passphrase");
        PasswordHasher current = new PasswordHasher(cost(19456, 2));
        assertTrue(current.verify("a fine long passphrase", old).matches());
        assertTrue(current.verify("a fine long passphrase", old).needsRehash());
        assertFalse(current.verify("wrong passphrase here", old).needsRehash());
        assertFalse(current.verify("a fine long passphrase", current.hash("a fine long passphrase"))
                .needsRehash());
    }
}
