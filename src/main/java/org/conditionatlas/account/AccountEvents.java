package org.conditionatlas.account;

import java.util.UUID;

/** What happened to an account that other features must act on, in the same transaction. */
public final class AccountEvents {

    private AccountEvents() {}

    /** The password changed: every sign-in but the one that changed it must end. */
    public record PasswordChanged(UUID accountId, UUID keepSignIn) {}

    /** The account is about to be deleted: all its sign-ins end with it. */
    public record Deleting(UUID accountId) {}
}
