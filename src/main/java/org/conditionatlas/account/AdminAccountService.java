package org.conditionatlas.account;

import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.persistence.EntityManager;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import org.conditionatlas.system.AuditLog;
import org.conditionatlas.system.Problem;
import org.conditionatlas.system.ProblemException;
import org.conditionatlas.system.ProblemType;

/** What admins do to accounts: list them, set their roles, disable and enable them. */
@ApplicationScoped
public class AdminAccountService {

    static final Set<String> ROLES = Set.of("editor", "admin");

    /** An account as admins see it. */
    public record AdminAccountView(AccountView account, String status) {}

    /** A page of accounts in email order. */
    public record AccountPage(List<AdminAccountView> items, String nextCursor) {}

    private final AccountRepository accounts;
    private final EffectiveTier effectiveTier;
    private final EntityManager em;
    private final AuditLog audit;
    private final Event<AccountEvents.Disabled> disabled;

    AdminAccountService(
            AccountRepository accounts,
            EffectiveTier effectiveTier,
            EntityManager em,
            AuditLog audit,
            Event<AccountEvents.Disabled> disabled) {
        this.accounts = accounts;
        this.effectiveTier = effectiveTier;
        this.em = em;
        this.audit = audit;
        this.disabled = disabled;
    }

    public AccountPage list(String emailPrefix, String after, int limit) {
        return QuarkusTransaction.requiringNew().call(() -> {
            List<Account> page = accounts.find(
                            "email like ?1 and email > ?2 order by email",
                            (emailPrefix == null
                                            ? ""
                                            : emailPrefix.strip().toLowerCase().replace("%", "\\%")) + "%",
                            after == null ? "" : after)
                    .page(0, limit + 1)
                    .list();
            boolean more = page.size() > limit;
            List<AdminAccountView> items =
                    page.stream().limit(limit).map(this::view).toList();
            return new AccountPage(
                    items, more ? items.get(items.size() - 1).account().email() : null);
        });
    }

    public AdminAccountView get(UUID id) {
        return QuarkusTransaction.requiringNew().call(() -> view(existing(id)));
    }

    /**
     * Sets the account's roles. Its access tokens issued before are refused, so the change holds
     * at once; its refresh tokens get tokens with the new roles.
     */
    public AdminAccountView setRoles(UUID id, List<String> roles, UUID admin) {
        Set<String> wanted = new TreeSet<>(roles);
        if (!ROLES.containsAll(wanted)) {
            throw new ProblemException(
                    ProblemType.INVALID_REQUEST,
                    "Roles are editor and admin.",
                    List.of(new Problem.FieldError("roles", "must hold only editor and admin")));
        }
        if (id.equals(admin) && !wanted.contains("admin")) {
            throw new ProblemException(
                    ProblemType.INVALID_REQUEST,
                    "Admins cannot remove their own admin role.",
                    List.of(new Problem.FieldError("roles", "must keep admin for your own account")));
        }
        return QuarkusTransaction.requiringNew().call(() -> {
            Account account = existing(id);
            Set<String> before = new TreeSet<>(List.of(account.roles));
            account.roles = wanted.toArray(String[]::new);
            account.tokenVersion++;
            account.updatedAt = Instant.now();
            audit.record("account.roles-changed", admin, id.toString(), Map.of("from", before, "to", wanted));
            return view(account);
        });
    }

    public void setDisabled(UUID id, boolean disable, UUID admin) {
        if (id.equals(admin) && disable) {
            throw new ProblemException(ProblemType.INVALID_REQUEST, "Admins cannot disable their own account.");
        }
        QuarkusTransaction.requiringNew().run(() -> {
            Account account = existing(id);
            account.status = disable ? Account.Status.DISABLED : Account.Status.ACTIVE;
            account.updatedAt = Instant.now();
            if (disable) {
                disabled.fire(new AccountEvents.Disabled(id));
            }
            audit.record(disable ? "account.disabled" : "account.enabled", admin, id.toString(), Map.of());
        });
    }

    private Account existing(UUID id) {
        return accounts.findByIdOptional(id)
                .orElseThrow(() -> new ProblemException(ProblemType.NOT_FOUND, "There is no account " + id + "."));
    }

    private AdminAccountView view(Account account) {
        return new AdminAccountView(
                AccountView.of(account, effectiveTier.of(account)),
                account.status.name().toLowerCase());
    }
}
