package org.conditionatlas.account;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class PasswordPolicyTest {

    private final PasswordPolicy policy = new PasswordPolicy();

    @Test
    void theCommonPasswordListHoldsAtLeastTheTenThousandMostCommon() throws Exception {
        try (var reader = new BufferedReader(new InputStreamReader(
                getClass().getClassLoader().getResourceAsStream("auth/common-passwords.txt"),
                StandardCharsets.UTF_8))) {
            long entries = reader.lines()
                    .filter(l -> !l.isEmpty() && !l.startsWith("# "))
                    .count();
            assertTrue(entries >= 10_000, "entries: " + entries);
        }
    }

    @Test
    void refusesShortLongCommonAndEmailPasswords() {
        assertTrue(policy.problem("eleven char", null).isPresent());
        assertTrue(policy.problem("z".repeat(129), null).isPresent());
        assertTrue(policy.problem("1qaz2wsx3edc", null).orElseThrow().contains("commonly used"));
        assertTrue(
                policy.problem("1QAZ2WSX3EDC", null).orElseThrow().contains("commonly used"),
                "common passwords are refused whatever their case");
        assertTrue(policy.problem("someone@example.org", "Someone@Example.org").isPresent());
        assertEquals(Optional.empty(), policy.problem("a fine long passphrase", "someone@example.org"));
        assertEquals(Optional.empty(), policy.problem("ü".repeat(12), null), "12 characters, not 12 bytes");
    }
}
