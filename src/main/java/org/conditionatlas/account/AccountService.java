package org.conditionatlas.account;

import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.persistence.EntityManager;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.conditionatlas.access.Tier;
import org.conditionatlas.system.AuditLog;
import org.conditionatlas.system.ClientRateLimiter;
import org.conditionatlas.system.Problem;
import org.conditionatlas.system.ProblemException;
import org.conditionatlas.system.ProblemType;

/** Sign-up and the owner's changes to an account. Hashing runs outside transactions. */
@ApplicationScoped
public class AccountService {

    private final AccountRepository accounts;
    private final PasswordHasher hasher;
    private final PasswordPolicy policy;
    private final EntityManager em;
    private final Event<AccountEvents.PasswordChanged> passwordChanged;
    private final Event<AccountEvents.Deleting> deleting;
    private final Event<AccountEvents.Created> created;
    private final EffectiveTier effectiveTier;
    private final AuditLog audit;
    private final ClientRateLimiter rateLimiter;

    AccountService(
            AccountRepository accounts,
            PasswordHasher hasher,
            PasswordPolicy policy,
            EntityManager em,
            Event<AccountEvents.PasswordChanged> passwordChanged,
            Event<AccountEvents.Deleting> deleting,
            Event<AccountEvents.Created> created,
            EffectiveTier effectiveTier,
            AuditLog audit,
            ClientRateLimiter rateLimiter) {
        this.accounts = accounts;
        this.hasher = hasher;
        this.policy = policy;
        this.em = em;
        this.passwordChanged = passwordChanged;
        this.deleting = deleting;
        this.created = created;
        this.effectiveTier = effectiveTier;
        this.audit = audit;
        this.rateLimiter = rateLimiter;
    }

    /**
     * Creates a member account. The database decides between concurrent sign-ups with one email:
     * exactly one insert succeeds, the others find the address taken.
     */
    public AccountView signUp(AccountRequests.SignUp request, String client) {
        rateLimiter.signUp(client);
        return create(request, Tier.MEMBER);
    }

    /** Creates an account with a base tier and roles: the configured admin, at start. */
    public AccountView create(AccountRequests.SignUp request, Tier tier, String... roles) {
        String email = Emails.normalise(request.email());
        policy.problem(request.password(), email).ifPresent(problem -> {
            throw invalid("password", problem);
        });
        String hash = hasher.hash(request.password());
        UUID id = UUID.randomUUID();
        String displayName =
                request.displayName() == null || request.displayName().isBlank()
                        ? null
                        : request.displayName().strip();
        boolean inserted = QuarkusTransaction.requiringNew()
                .call(() -> !em.createNativeQuery("""
                        INSERT INTO account (id, email, display_name, password_hash, tier, roles)
                        VALUES (?1, ?2, ?3, ?4, ?5, CAST(?6 AS text[]))
                        ON CONFLICT (email) DO NOTHING RETURNING id\
                        """)
                        .setParameter(1, id)
                        .setParameter(2, email)
                        .setParameter(3, displayName)
                        .setParameter(4, hash)
                        .setParameter(5, tier.id())
                        .setParameter(6, "{" + String.join(",", roles) + "}")
                        .getResultList()
                        .isEmpty());
        if (!inserted) {
            throw new ProblemException(ProblemType.EMAIL_TAKEN, "An account with this email address exists.");
        }
        return QuarkusTransaction.requiringNew().call(() -> {
            Account account = accounts.findById(id);
            audit.record("account.signed-up", id, email, Map.of("roles", List.of(roles)));
            created.fire(new AccountEvents.Created(id, email));
            return AccountView.of(account, effectiveTier.of(account));
        });
    }

    public Optional<AccountView> find(UUID id) {
        return QuarkusTransaction.requiringNew()
                .call(() -> accounts.findByIdOptional(id).map(a -> AccountView.of(a, effectiveTier.of(a))));
    }

    public AccountView updateProfile(UUID id, AccountRequests.ProfileUpdate update) {
        return QuarkusTransaction.requiringNew().call(() -> {
            Account account = existing(id);
            account.displayName =
                    update.displayName().isBlank() ? null : update.displayName().strip();
            account.updatedAt = Instant.now();
            return AccountView.of(account, effectiveTier.of(account));
        });
    }

    /** Changes the password and ends every other sign-in of the account. */
    public void changePassword(UUID id, UUID currentSignIn, AccountRequests.PasswordChange change) {
        Account account = QuarkusTransaction.requiringNew().call(() -> existing(id));
        if (!hasher.verify(change.currentPassword(), account.passwordHash).matches()) {
            throw invalid("currentPassword", "is not correct");
        }
        policy.problem(change.newPassword(), account.email).ifPresent(problem -> {
            throw invalid("newPassword", problem);
        });
        String hash = hasher.hash(change.newPassword());
        QuarkusTransaction.requiringNew().run(() -> {
            Account current = existing(id);
            current.passwordHash = hash;
            current.updatedAt = Instant.now();
            passwordChanged.fire(new AccountEvents.PasswordChanged(id, currentSignIn));
            audit.record("account.password-changed", id, current.email, Map.of());
        });
    }

    /** Removes the account and its personal data; its sign-ins go with it. */
    public void delete(UUID id) {
        QuarkusTransaction.requiringNew().run(() -> {
            accounts.findByIdOptional(id).ifPresent(account -> {
                deleting.fire(new AccountEvents.Deleting(id, account.email));
                audit.record("account.deleted", id, id.toString(), Map.of());
                accounts.delete(account);
            });
        });
    }

    private Account existing(UUID id) {
        return accounts.findByIdOptional(id)
                .orElseThrow(() -> new ProblemException(ProblemType.INVALID_TOKEN, "The account no longer exists."));
    }

    private static ProblemException invalid(String field, String message) {
        return new ProblemException(
                ProblemType.INVALID_REQUEST,
                "The field '" + field + "' " + message + ".",
                List.of(new Problem.FieldError(field, message)));
    }
}
