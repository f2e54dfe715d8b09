package org.conditionatlas.account;

import java.util.UUID;

/** What happened to an account that other features must act on, in the same transaction. */
public final class AccountEvents {

    private AccountEvents() {}

    /** The password changed: every sign-in but the one that changed it must end. */
    public record PasswordChanged(UUID accountId, UUID keepSignIn) {}

    /** An admin disabled the account: its sign-ins end. */
    public record Disabled(UUID accountId) {}

    /** A new account: facts recorded before it existed (such as payments) now apply to it. */
    public record Created(UUID accountId, String email) {}

    /** The account is about to be deleted: its sign-ins and its personal data go with it. */
    public record Deleting(UUID accountId, String email) {}
}
