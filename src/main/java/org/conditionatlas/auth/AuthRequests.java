package org.conditionatlas.auth;

import com.fasterxml.jackson.annotation.JsonProperty;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** Request bodies of the token endpoints. */
public final class AuthRequests {

    private AuthRequests() {}

    /** Log-in with email and password. */
    public record LogIn(
            @NotBlank(message = "is required") @Size(max = 254, message = "must be at most 254 characters")
            String email,

            @NotBlank(message = "is required") @Size(max = 1024, message = "is too long")
            String password) {}

    /** A refresh token to rotate. */
    public record Refresh(
            @JsonProperty("refresh_token") @NotBlank(message = "is required") @Size(max = 512, message = "is too long")
            String refreshToken) {}

    /** Optionally, the refresh token of the sign-in to end. */
    public record LogOut(
            @JsonProperty("refresh_token") @Size(max = 512, message = "is too long")
            String refreshToken) {}
}
