package org.conditionatlas.billing;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Future;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.conditionatlas.access.CurrentReader;
import org.conditionatlas.account.AdminAccountService;
import org.conditionatlas.system.ProblemException;
import org.conditionatlas.system.ProblemType;
import org.conditionatlas.system.QueryParams;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** Complimentary subscriber access, granted by admins with an end date. */
@Path("/api/v1/admin/accounts/{id}/grants")
@RolesAllowed("admin")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Admin")
@APIResponse(responseCode = "403", description = "Not an admin")
public class AdminGrantResource {

    /** A grant's end. */
    public record GrantRequest(
            @NotNull(message = "is required") @Future(message = "must be in the future")
            Instant until) {}

    private final Entitlements entitlements;
    private final AdminAccountService accounts;
    private final CurrentReader reader;

    AdminGrantResource(Entitlements entitlements, AdminAccountService accounts, CurrentReader reader) {
        this.entitlements = entitlements;
        this.accounts = accounts;
        this.reader = reader;
    }

    @GET
    @Operation(summary = "The account's entitlements: paid periods and grants")
    public List<Entitlements.Grant> list(@PathParam("id") String id) {
        UUID account = accounts.get(QueryParams.uuid("id", id)).account().id();
        return entitlements.list(account);
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(
            summary = "Grant complimentary subscriber access until a date",
            description = "The reader's tokens carry it from their next refresh.")
    @APIResponse(responseCode = "201", description = "Granted")
    public Response grant(
            @PathParam("id") String id, @Valid @NotNull(message = "a JSON body is required") GrantRequest request) {
        UUID account = accounts.get(QueryParams.uuid("id", id)).account().id();
        Entitlements.Grant grant =
                entitlements.grant(account, request.until(), reader.accountId().orElseThrow());
        return Response.created(URI.create("/api/v1/admin/accounts/" + account + "/grants/" + grant.id()))
                .entity(grant)
                .build();
    }

    @DELETE
    @Path("/{grantId}")
    @Operation(summary = "End a complimentary grant now", description = "Subscriber tokens are refused at once.")
    @APIResponse(responseCode = "204", description = "Ended")
    public Response revoke(@PathParam("id") String id, @PathParam("grantId") String grantId) {
        if (!entitlements.revokeGrant(
                QueryParams.uuid("id", id),
                QueryParams.uuid("grantId", grantId),
                reader.accountId().orElseThrow())) {
            throw new ProblemException(ProblemType.NOT_FOUND, "There is no active grant " + grantId + ".");
        }
        return Response.noContent().build();
    }
}
