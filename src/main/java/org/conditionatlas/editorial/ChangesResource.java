package org.conditionatlas.editorial;

import jakarta.annotation.security.PermitAll;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.conditionatlas.system.QueryParams;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** Sync for apps: what changed since a cursor. */
@Path("/api/v1/changes")
@Tag(name = "Sync")
public class ChangesResource {

    private final ChangesFeed feed;

    ChangesResource(ChangesFeed feed) {
        this.feed = feed;
    }

    @GET
    @PermitAll
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(
            summary = "Codes whose content changed or was removed since the cursor",
            description = "Oldest"
                    + " first. Without 'since', from the beginning. Keep 'nextCursor' and ask with it next time; fetch"
                    + " each listed code again (or drop it when 'removed'). Reveals no text.")
    @APIResponse(responseCode = "200", content = @Content(schema = @Schema(implementation = ChangesFeed.Page.class)))
    @APIResponse(responseCode = "400", description = "Not a cursor this API returned, or a bad limit")
    public Response changes(@QueryParam("since") String since, @QueryParam("limit") String limit) {
        ChangesFeed.Page page = feed.since(since, QueryParams.intInRange("limit", limit, 100, 1, 1000));
        return Response.ok(page).header(HttpHeaders.CACHE_CONTROL, "no-cache").build();
    }
}
