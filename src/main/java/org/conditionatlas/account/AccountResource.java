package org.conditionatlas.account;

import io.vertx.core.http.HttpServerRequest;
import jakarta.annotation.security.PermitAll;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** Sign-up: a free member account. */
@Path("/api/v1/accounts")
@Tag(name = "Accounts")
public class AccountResource {

    private final AccountService accounts;

    AccountResource(AccountService accounts) {
        this.accounts = accounts;
    }

    @POST
    @PermitAll
    @Consumes(MediaType.APPLICATION_JSON)
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(
            summary = "Sign up",
            description = "Creates a member account. Passwords: 12 to 128 characters, not a commonly used"
                    + " one. Emails are compared case-insensitively.")
    @APIResponse(
            responseCode = "201",
            description = "The account; Location is /api/v1/me",
            content = @Content(schema = @Schema(implementation = AccountView.class)))
    @APIResponse(responseCode = "400", description = "Invalid email or password; 'errors' names the fields")
    @APIResponse(responseCode = "409", description = "The email is taken")
    @APIResponse(responseCode = "429", description = "Too many sign-ups from this client; see Retry-After")
    public Response signUp(
            @Valid @NotNull(message = "a JSON body is required") AccountRequests.SignUp request,
            @Context HttpServerRequest http) {
        AccountView account = accounts.signUp(request, http.remoteAddress().hostAddress());
        return Response.created(URI.create("/api/v1/me")).entity(account).build();
    }
}
