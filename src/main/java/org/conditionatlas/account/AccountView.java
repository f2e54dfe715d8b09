package org.conditionatlas.account;

import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.conditionatlas.access.Tier;

/** An account as its owner sees it: never a password or a hash. The tier is the effective one. */
public record AccountView(UUID id, String email, String displayName, Tier tier, List<String> roles, Instant createdAt) {

    public static AccountView of(Account account, Tier tier) {
        return new AccountView(
                account.id, account.email, account.displayName, tier, List.of(account.roles), account.createdAt);
    }
}
