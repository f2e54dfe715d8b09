package org.conditionatlas.editorial;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.util.List;
import org.conditionatlas.access.CurrentReader;
import org.conditionatlas.access.Reader;
import org.conditionatlas.account.AccountService;
import org.conditionatlas.account.AccountView;
import org.conditionatlas.catalog.ConditionCode;
import org.conditionatlas.catalog.ConditionService;
import org.conditionatlas.catalog.Editor;
import org.conditionatlas.catalog.RenderedCondition;
import org.conditionatlas.system.HttpCaching;
import org.conditionatlas.system.ProblemException;
import org.conditionatlas.system.ProblemType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** Editors' side of the catalogue: create, replace, publish and the revision history. */
@Path("/api/v1/conditions/{code}")
@RolesAllowed({"editor", "admin"})
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Editing")
@APIResponse(responseCode = "401", description = "No valid token")
@APIResponse(responseCode = "403", description = "Not an editor or admin")
public class EditorialResource {

    private final EditorialService editorial;
    private final RevisionRepository revisions;
    private final CurrentReader reader;
    private final AccountService accounts;

    EditorialResource(
            EditorialService editorial, RevisionRepository revisions, CurrentReader reader, AccountService accounts) {
        this.editorial = editorial;
        this.revisions = revisions;
        this.reader = reader;
        this.accounts = accounts;
    }

    @PUT
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(
            summary = "Create or replace a condition's article",
            description =
                    "Replacing needs If-Match with"
                            + " the ETag of your own GET of the condition. Every change is a new revision; readers see it at once.")
    @APIResponse(responseCode = "200", description = "Replaced; the body and ETag are your view of it now")
    @APIResponse(responseCode = "201", description = "Created")
    @APIResponse(responseCode = "400", description = "Invalid article; 'errors' names the fields")
    @APIResponse(responseCode = "412", description = "Changed since your GET")
    @APIResponse(responseCode = "428", description = "If-Match missing")
    public Response put(
            @PathParam("code") String code,
            @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
            @Valid @NotNull(message = "a JSON body is required") ArticleEdit edit) {
        ConditionCode condition = ConditionService.parseCode(code);
        Reader me = reader.reader();
        EditorialService.Saved saved = editorial.put(condition, edit, ifMatch, editor(), me.tier());
        Response.ResponseBuilder response = saved.created()
                ? Response.created(URI.create("/api/v1/conditions/" + condition.value()))
                : Response.ok();
        return withView(response, saved.view());
    }

    @POST
    @Path("/publish")
    @Operation(summary = "Show the article to readers again")
    public Response publish(@PathParam("code") String code) {
        return withView(
                Response.ok(),
                editorial.setPublished(
                        ConditionService.parseCode(code),
                        true,
                        editor(),
                        reader.reader().tier()));
    }

    @POST
    @Path("/unpublish")
    @Operation(
            summary = "Hide the article from readers",
            description = "The code keeps its title and place; the changes feed reports it removed.")
    public Response unpublish(@PathParam("code") String code) {
        return withView(
                Response.ok(),
                editorial.setPublished(
                        ConditionService.parseCode(code),
                        false,
                        editor(),
                        reader.reader().tier()));
    }

    @GET
    @Path("/revisions")
    @Operation(summary = "The article's revisions, newest first: who, when, what changed")
    public List<RevisionRepository.Revision> revisions(@PathParam("code") String code) {
        return revisions.list(ConditionService.parseCode(code).value());
    }

    @GET
    @Path("/revisions/{revision}")
    @Operation(summary = "One revision, with the article's content then")
    public RevisionRepository.Revision revision(@PathParam("code") String code, @PathParam("revision") int revision) {
        return revisions
                .find(ConditionService.parseCode(code).value(), revision)
                .orElseThrow(() -> new ProblemException(
                        ProblemType.NOT_FOUND, "There is no revision " + revision + " of " + code + "."));
    }

    private Editor editor() {
        AccountView account = accounts.find(reader.accountId().orElseThrow())
                .orElseThrow(() -> new ProblemException(ProblemType.INVALID_TOKEN, "The account no longer exists."));
        return new Editor(account.id(), account.email());
    }

    private static Response withView(Response.ResponseBuilder response, RenderedCondition view) {
        return response.entity(view.json().body())
                .type(MediaType.APPLICATION_JSON)
                .tag(view.json().etag())
                .header(HttpHeaders.CACHE_CONTROL, HttpCaching.GATED)
                .header(HttpHeaders.VARY, HttpHeaders.AUTHORIZATION)
                .build();
    }
}
