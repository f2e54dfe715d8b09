package org.conditionatlas.auth;

import io.quarkus.security.Authenticated;
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
import org.conditionatlas.access.CurrentReader;
import org.conditionatlas.system.HttpCaching;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** Log-in, refresh and log-out. */
@Path("/api/v1/auth")
@Consumes(MediaType.APPLICATION_JSON)
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Tokens")
public class AuthResource {

    private final SignInService signIns;
    private final CurrentReader reader;

    AuthResource(SignInService signIns, CurrentReader reader) {
        this.signIns = signIns;
        this.reader = reader;
    }

    @POST
    @Path("/token")
    @PermitAll
    @Operation(
            summary = "Log in",
            description = "The same 401 whether or not the email has an account. After repeated failures"
                    + " for one email, attempts get 429 with Retry-After for a growing wait.")
    @APIResponse(responseCode = "200", content = @Content(schema = @Schema(implementation = TokenPair.class)))
    @APIResponse(responseCode = "401", description = "Wrong email or password")
    @APIResponse(responseCode = "429", description = "Throttled; see Retry-After")
    public Response token(
            @Valid @NotNull(message = "a JSON body is required") AuthRequests.LogIn request,
            @Context HttpServerRequest http) {
        TokenPair pair = signIns.logIn(
                request.email(), request.password(), http.remoteAddress().hostAddress());
        return noStore(Response.ok(pair));
    }

    @POST
    @Path("/refresh")
    @PermitAll
    @Operation(
            summary = "Rotate a refresh token",
            description = "The presented token stops working; presenting it again revokes the whole sign-in.")
    @APIResponse(responseCode = "200", content = @Content(schema = @Schema(implementation = TokenPair.class)))
    @APIResponse(responseCode = "401", description = "Expired, used, revoked or unknown refresh token")
    public Response refresh(@Valid @NotNull(message = "a JSON body is required") AuthRequests.Refresh request) {
        return noStore(Response.ok(signIns.refresh(request.refreshToken())));
    }

    @POST
    @Path("/logout")
    @Authenticated
    @Consumes(MediaType.WILDCARD)
    @Operation(
            summary = "Log out",
            description = "Ends the token's sign-in (and that of the refresh token, if given): its"
                    + " refresh tokens stop working and its access tokens are refused.")
    @APIResponse(responseCode = "204", description = "Logged out")
    public Response logout(@Valid AuthRequests.LogOut request) {
        signIns.logOut(
                reader.signInId().orElseThrow(),
                reader.accountId().orElseThrow(),
                request == null ? null : request.refreshToken());
        return Response.noContent().build();
    }

    private static Response noStore(Response.ResponseBuilder response) {
        return response.header("Cache-Control", HttpCaching.GATED)
                .header("Pragma", "no-cache")
                .build();
    }
}
