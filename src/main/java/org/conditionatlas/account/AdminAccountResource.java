package org.conditionatlas.account;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;
import java.util.UUID;
import org.conditionatlas.access.CurrentReader;
import org.conditionatlas.system.HttpCaching;
import org.conditionatlas.system.QueryParams;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** Admins manage accounts: list, roles, disable. Tiers come from entitlements (see grants). */
@Path("/api/v1/admin/accounts")
@RolesAllowed("admin")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Admin")
@APIResponse(responseCode = "401", description = "No valid token")
@APIResponse(responseCode = "403", description = "Not an admin")
public class AdminAccountResource {

    /** The roles an account should have. */
    public record Roles(@NotNull(message = "is required") List<@NotNull String> roles) {}

    private final AdminAccountService admin;
    private final CurrentReader reader;

    AdminAccountResource(AdminAccountService admin, CurrentReader reader) {
        this.admin = admin;
        this.reader = reader;
    }

    @GET
    @Operation(
            summary = "Accounts in email order",
            description = "'email' keeps addresses starting with it; pass nextCursor back as cursor.")
    public Response list(
            @QueryParam("email") String email, @QueryParam("cursor") String cursor, @QueryParam("limit") String limit) {
        return Response.ok(admin.list(email, cursor, QueryParams.intInRange("limit", limit, 50, 1, 100)))
                .header("Cache-Control", HttpCaching.GATED)
                .build();
    }

    @GET
    @Path("/{id}")
    @Operation(summary = "One account")
    public AdminAccountService.AdminAccountView get(@PathParam("id") String id) {
        return admin.get(QueryParams.uuid("id", id));
    }

    @PUT
    @Path("/{id}/roles")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(
            summary = "Set an account's roles (editor, admin)",
            description = "Takes effect at once: the"
                    + " account's current access tokens are refused and its next refresh carries the new roles.")
    public AdminAccountService.AdminAccountView roles(
            @PathParam("id") String id, @Valid @NotNull(message = "a JSON body is required") Roles roles) {
        return admin.setRoles(QueryParams.uuid("id", id), roles.roles(), me());
    }

    @POST
    @Path("/{id}/disable")
    @Operation(summary = "Disable an account", description = "It cannot log in and its sign-ins end.")
    public Response disable(@PathParam("id") String id) {
        admin.setDisabled(QueryParams.uuid("id", id), true, me());
        return Response.noContent().build();
    }

    @POST
    @Path("/{id}/enable")
    @Operation(summary = "Enable a disabled account")
    public Response enable(@PathParam("id") String id) {
        admin.setDisabled(QueryParams.uuid("id", id), false, me());
        return Response.noContent().build();
    }

    private UUID me() {
        return reader.accountId().orElseThrow();
    }
}
