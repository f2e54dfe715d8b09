package org.conditionatlas.account;

import jakarta.enterprise.context.ApplicationScoped;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.bouncycastle.crypto.generators.Argon2BytesGenerator;
import org.bouncycastle.crypto.params.Argon2Parameters;

/**
 * Argon2id through Bouncy Castle, stored in the PHC string format ({@code
 * $argon2id$v=19$m=19456,t=2,p=1$salt$hash}) so that each hash carries its own cost.
 */
@ApplicationScoped
public class PasswordHasher {

    private static final Pattern PHC =
            Pattern.compile("\\$argon2id\\$v=19\\$m=(\\d+),t=(\\d+),p=(\\d+)\\$([A-Za-z0-9+/]+)\\$([A-Za-z0-9+/]+)");
    private static final int SALT_BYTES = 16;
    private static final int HASH_BYTES = 32;
    private static final Base64.Encoder B64 = Base64.getEncoder().withoutPadding();
    private static final Base64.Decoder B64D = Base64.getDecoder();

    private final SecureRandom random = new SecureRandom();
    private final PasswordConfig config;

    /** Verified against when an email has no account, so that both cost the same time. */
    private final String dummyHash;

    PasswordHasher(PasswordConfig config) {
        this.config = config;
        this.dummyHash = hash("not a password: only spends the time of a real verification");
    }

    /** The outcome of a verification. */
    public record Verification(boolean matches, boolean needsRehash) {}

    public String hash(String password) {
        byte[] salt = new byte[SALT_BYTES];
        random.nextBytes(salt);
        int m = config.memoryKib(), t = config.iterations(), p = config.parallelism();
        byte[] hash = argon2(password, salt, m, t, p);
        return "$argon2id$v=19$m="
                + m
                + ",t="
                + t
                + ",p="
                + p
                + "$"
                + B64.encodeToString(salt)
                + "$"
                + B64.encodeToString(hash);
    }

    public Verification verify(String password, String stored) {
        Matcher phc = PHC.matcher(stored);
        if (!phc.matches()) {
            return new Verification(false, false);
        }
        int m = Integer.parseInt(phc.group(1));
        int t = Integer.parseInt(phc.group(2));
        int p = Integer.parseInt(phc.group(3));
        byte[] expected = B64D.decode(phc.group(5));
        byte[] actual = argon2(password, B64D.decode(phc.group(4)), m, t, p, expected.length);
        boolean matches = MessageDigest.isEqual(expected, actual);
        boolean weaker = m < config.memoryKib() || t < config.iterations() || p < config.parallelism();
        return new Verification(matches, matches && weaker);
    }

    /** Spends the time of a verification without any account to verify against. */
    public void verifyDummy(String password) {
        verify(password, dummyHash);
    }

    private static byte[] argon2(String password, byte[] salt, int m, int t, int p) {
        return argon2(password, salt, m, t, p, HASH_BYTES);
    }

    private static byte[] argon2(String password, byte[] salt, int m, int t, int p, int length) {
        Argon2Parameters parameters = new Argon2Parameters.Builder(Argon2Parameters.ARGON2_id)
                .withVersion(Argon2Parameters.ARGON2_VERSION_13)
                .withMemoryAsKB(m)
                .withIterations(t)
                .withParallelism(p)
                .withSalt(salt)
                .build();
        Argon2BytesGenerator generator = new Argon2BytesGenerator();
        generator.init(parameters);
        byte[] out = new byte[length];
        generator.generateBytes(password.getBytes(StandardCharsets.UTF_8), out);
        return out;
    }
}
