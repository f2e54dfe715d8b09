package org.conditionatlas.system;

import jakarta.annotation.security.PermitAll;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.Arrays;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * Documents each problem type at its own URI, so that a problem's {@code type} can be looked up.
 */
@Path("/problems")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Problems")
public class ProblemTypeResource {

    /** What a problem type means. */
    public record ProblemTypeDoc(String type, String title, int status, String description) {
        static ProblemTypeDoc of(ProblemType type) {
            return new ProblemTypeDoc(type.uri(), type.title(), type.status().getStatusCode(), type.description());
        }
    }

    @GET
    @PermitAll
    @Operation(summary = "Every problem type this API answers with")
    public List<ProblemTypeDoc> all() {
        return Arrays.stream(ProblemType.values()).map(ProblemTypeDoc::of).toList();
    }

    @GET
    @Path("/{slug}")
    @PermitAll
    @Operation(summary = "One problem type")
    public ProblemTypeDoc one(@PathParam("slug") String slug) {
        return Arrays.stream(ProblemType.values())
                .filter(t -> t.slug().equals(slug))
                .findFirst()
                .map(ProblemTypeDoc::of)
                .orElseThrow(
                        () -> new ProblemException(ProblemType.NOT_FOUND, "There is no problem type '" + slug + "'."));
    }
}
