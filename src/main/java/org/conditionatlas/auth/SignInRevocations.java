package org.conditionatlas.auth;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import org.conditionatlas.account.AccountEvents;

/** Ends sign-ins when their account changes its password or is deleted, in the same transaction. */
@ApplicationScoped
class SignInRevocations {

    private final SignInService signIns;

    SignInRevocations(SignInService signIns) {
        this.signIns = signIns;
    }

    void onPasswordChanged(@Observes AccountEvents.PasswordChanged event) {
        signIns.revokeAllBut(event.accountId(), event.keepSignIn(), "password-change");
    }

    void onDisabled(@Observes AccountEvents.Disabled event) {
        signIns.revokeAllBut(event.accountId(), null, "account-disabled");
    }

    void onDeleting(@Observes AccountEvents.Deleting event) {
        signIns.revokeAllBut(event.accountId(), null, "account-deleted");
    }
}
