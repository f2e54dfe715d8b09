package org.conditionatlas.account;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/** Request bodies of the account endpoints. Only these fields are read: tier and roles are not. */
public final class AccountRequests {

    private AccountRequests() {}

    /** Sign-up. The password policy is checked by the service, which knows the email too. */
    public record SignUp(
            @NotBlank(message = "is required")
            @Size(max = 254, message = "must be at most 254 characters")
            @Pattern(regexp = "\\s*[^@\\s]+@[^@\\s]+\\.[^@\\s]+\\s*", message = "must be an email address")
            String email,

            @NotNull(message = "is required") String password,

            @Size(max = 100, message = "must be at most 100 characters")
            String displayName) {}

    /** What an account's owner may change of its profile. */
    public record ProfileUpdate(
            @NotNull(message = "is required") @Size(max = 100, message = "must be at most 100 characters")
            String displayName) {}

    /** A password change, which needs the current password. */
    public record PasswordChange(
            @NotNull(message = "is required") String currentPassword,
            @NotNull(message = "is required") String newPassword) {}
}
