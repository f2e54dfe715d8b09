package org.conditionatlas.auth;

import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.conditionatlas.account.Account;
import org.conditionatlas.account.AccountRepository;
import org.conditionatlas.account.Emails;
import org.conditionatlas.account.PasswordHasher;
import org.conditionatlas.system.AuditLog;
import org.conditionatlas.system.ClientRateLimiter;
import org.conditionatlas.system.ProblemException;
import org.conditionatlas.system.ProblemType;
import org.conditionatlas.system.TooManyRequests;

/**
 * Log-in, refresh and log-out. Password hashing runs outside any transaction, so a slow hash never
 * holds a database connection.
 */
@ApplicationScoped
public class SignInService {

    private final AccountRepository accounts;
    private final PasswordHasher hasher;
    private final LoginThrottle throttle;
    private final ClientRateLimiter rateLimiter;
    private final TokenIssuer issuer;
    private final AuthConfig config;
    private final EntityManager em;
    private final AuditLog audit;

    SignInService(
            AccountRepository accounts,
            PasswordHasher hasher,
            LoginThrottle throttle,
            ClientRateLimiter rateLimiter,
            TokenIssuer issuer,
            AuthConfig config,
            EntityManager em,
            AuditLog audit) {
        this.accounts = accounts;
        this.hasher = hasher;
        this.throttle = throttle;
        this.rateLimiter = rateLimiter;
        this.issuer = issuer;
        this.config = config;
        this.em = em;
        this.audit = audit;
    }

    /** Why a refresh was refused; reuse has already revoked the sign-in when this is thrown. */
    private static ProblemException invalidRefreshToken() {
        return new ProblemException(
                ProblemType.INVALID_TOKEN,
                "The refresh token is not valid: expired, already used, revoked or unknown. Log in again.");
    }

    public TokenPair logIn(String email, String password, String client) {
        rateLimiter.logIn(client);
        throttle.wait(email).ifPresent(wait -> {
            audit.record("auth.log-in-throttled", null, Emails.normalise(email), Map.of());
            throw TooManyRequests.after(wait, "Too many failed log-ins for this email address.");
        });
        Optional<Account> found =
                QuarkusTransaction.requiringNew().call(() -> accounts.findByEmail(Emails.normalise(email)));
        boolean matches;
        boolean rehash = false;
        if (found.isPresent()) {
            PasswordHasher.Verification verification = hasher.verify(password, found.get().passwordHash);
            matches = verification.matches() && found.get().isActive();
            rehash = verification.needsRehash();
        } else {
            hasher.verifyDummy(password);
            matches = false;
        }
        if (!matches) {
            throttle.recordFailure(email);
            audit.record("auth.log-in-failed", found.map(a -> a.id).orElse(null), Emails.normalise(email), Map.of());
            throw new ProblemException(ProblemType.INVALID_CREDENTIALS, ProblemType.INVALID_CREDENTIALS.description());
        }
        throttle.reset(email);
        Account account = found.get();
        String upgradedHash = rehash ? hasher.hash(password) : null;
        return QuarkusTransaction.requiringNew().call(() -> {
            if (upgradedHash != null) {
                em.createQuery("update Account set passwordHash = ?1 where id = ?2")
                        .setParameter(1, upgradedHash)
                        .setParameter(2, account.id)
                        .executeUpdate();
            }
            Instant now = Instant.now();
            SignIn signIn = new SignIn();
            signIn.id = UUID.randomUUID();
            signIn.accountId = account.id;
            signIn.createdAt = now;
            signIn.expiresAt = now.plus(config.signInLifetime());
            em.persist(signIn);
            audit.record("auth.logged-in", account.id, account.email, Map.of("signIn", signIn.id.toString()));
            return tokens(account, signIn, now);
        });
    }

    public TokenPair refresh(String refreshToken) {
        String hash = RefreshTokens.hash(refreshToken == null ? "" : refreshToken);
        return QuarkusTransaction.requiringNew()
                .call(() -> rotate(hash))
                .orElseThrow(SignInService::invalidRefreshToken);
    }

    /** New tokens, or none; presenting a used token revokes its sign-in in this same transaction. */
    private Optional<TokenPair> rotate(String hash) {
        List<?> rotated = em.createNativeQuery("""
                UPDATE refresh_token SET rotated_at = now()
                WHERE token_hash = ?1 AND rotated_at IS NULL AND expires_at > now()
                RETURNING CAST(sign_in_id AS text)\
                """).setParameter(1, hash).getResultList();
        if (rotated.isEmpty()) {
            List<?> reused = em.createNativeQuery("SELECT CAST(sign_in_id AS text) FROM refresh_token WHERE"
                            + " token_hash = ?1 AND rotated_at IS NOT NULL")
                    .setParameter(1, hash)
                    .getResultList();
            reused.forEach(id -> {
                revoke(UUID.fromString((String) id), "refresh-token-reuse");
                audit.record("auth.refresh-token-reused", null, (String) id, Map.of());
            });
            return Optional.empty();
        }
        SignIn signIn = em.find(SignIn.class, UUID.fromString((String) rotated.get(0)));
        Instant now = Instant.now();
        Account account = signIn == null ? null : em.find(Account.class, signIn.accountId);
        if (signIn == null
                || signIn.revokedAt != null
                || !signIn.expiresAt.isAfter(now)
                || account == null
                || !account.isActive()) {
            return Optional.empty();
        }
        return Optional.of(tokens(account, signIn, now));
    }

    /** Ends one sign-in: its refresh tokens stop working and its access tokens are refused. */
    public void logOut(UUID signInId, UUID accountId, String refreshToken) {
        QuarkusTransaction.requiringNew().run(() -> {
            revoke(signInId, "log-out");
            if (refreshToken != null && !refreshToken.isBlank()) {
                em.createNativeQuery("""
                        UPDATE sign_in SET revoked_at = now(), revoked_reason = 'log-out'
                        WHERE revoked_at IS NULL AND account_id = ?2 AND id IN
                            (SELECT sign_in_id FROM refresh_token WHERE token_hash = ?1)\
                        """)
                        .setParameter(1, RefreshTokens.hash(refreshToken))
                        .setParameter(2, accountId)
                        .executeUpdate();
            }
        });
    }

    /** Ends every sign-in of an account but one (or all, when {@code keep} is null). */
    public void revokeAllBut(UUID accountId, UUID keep, String reason) {
        em.createNativeQuery("""
                UPDATE sign_in SET revoked_at = now(), revoked_reason = ?3
                WHERE account_id = ?1 AND revoked_at IS NULL AND (CAST(?2 AS uuid) IS NULL OR id <> CAST(?2 AS uuid))\
                """)
                .setParameter(1, accountId)
                .setParameter(2, keep == null ? null : keep.toString())
                .setParameter(3, reason)
                .executeUpdate();
    }

    private void revoke(UUID signInId, String reason) {
        em.createNativeQuery("UPDATE sign_in SET revoked_at = now(), revoked_reason = ?2 WHERE id = ?1"
                        + " AND revoked_at IS NULL")
                .setParameter(1, signInId)
                .setParameter(2, reason)
                .executeUpdate();
    }

    private TokenPair tokens(Account account, SignIn signIn, Instant now) {
        String refreshToken = RefreshTokens.newToken();
        Instant refreshExpires = min(now.plus(config.refreshTokenLifetime()), signIn.expiresAt);
        em.createNativeQuery("INSERT INTO refresh_token (token_hash, sign_in_id, issued_at, expires_at)"
                        + " VALUES (?1, ?2, ?3, ?4)")
                .setParameter(1, RefreshTokens.hash(refreshToken))
                .setParameter(2, signIn.id)
                .setParameter(3, now)
                .setParameter(4, refreshExpires)
                .executeUpdate();
        return new TokenPair(
                issuer.accessToken(account, signIn.id, now),
                "Bearer",
                config.accessTokenLifetime().toSeconds(),
                refreshToken,
                Duration.between(now, refreshExpires).toSeconds());
    }

    private static Instant min(Instant a, Instant b) {
        return a.isBefore(b) ? a : b;
    }
}
