package org.conditionatlas.account;

import io.quarkus.security.Authenticated;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PATCH;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.UUID;
import org.conditionatlas.access.CurrentReader;
import org.conditionatlas.system.HttpCaching;
import org.conditionatlas.system.ProblemException;
import org.conditionatlas.system.ProblemType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** The signed-in reader's own account. */
@Path("/api/v1/me")
@Authenticated
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Accounts")
@SecurityRequirement(name = "bearer")
@APIResponse(responseCode = "401", description = "No valid access token")
public class MeResource {

    private final AccountService accounts;
    private final CurrentReader reader;

    MeResource(AccountService accounts, CurrentReader reader) {
        this.accounts = accounts;
        this.reader = reader;
    }

    @GET
    @Operation(summary = "The signed-in reader's account")
    @APIResponse(responseCode = "200", content = @Content(schema = @Schema(implementation = AccountView.class)))
    public Response me() {
        return personal(accounts.find(accountId()).orElseThrow(MeResource::gone));
    }

    @PATCH
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Change the display name")
    @APIResponse(responseCode = "200", content = @Content(schema = @Schema(implementation = AccountView.class)))
    public Response update(@Valid @NotNull(message = "a JSON body is required") AccountRequests.ProfileUpdate update) {
        return personal(accounts.updateProfile(accountId(), update));
    }

    @POST
    @Path("/password")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Change the password", description = "Ends every other sign-in of the account.")
    @APIResponse(responseCode = "204", description = "Changed")
    @APIResponse(responseCode = "400", description = "The current password is wrong or the new one fails the policy")
    public Response changePassword(
            @Valid @NotNull(message = "a JSON body is required") AccountRequests.PasswordChange change) {
        accounts.changePassword(accountId(), reader.signInId().orElse(null), change);
        return Response.noContent().build();
    }

    @DELETE
    @Operation(
            summary = "Delete the account",
            description = "Removes the account and its personal data; its tokens stop working.")
    @APIResponse(responseCode = "204", description = "Deleted")
    public Response delete() {
        accounts.delete(accountId());
        return Response.noContent().build();
    }

    private UUID accountId() {
        return reader.accountId().orElseThrow(MeResource::gone);
    }

    private static Response personal(AccountView view) {
        return Response.ok(view)
                .header("Cache-Control", HttpCaching.GATED)
                .header("Vary", "Authorization")
                .build();
    }

    private static ProblemException gone() {
        return new ProblemException(ProblemType.INVALID_TOKEN, "The account no longer exists.");
    }
}
