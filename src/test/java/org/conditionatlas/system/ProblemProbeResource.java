package org.conditionatlas.system;

import jakarta.annotation.security.PermitAll;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.core.MediaType;
import java.util.List;

/**
 * Exists only in tests (src/test): exercises the global mapper with failures that the real
 * endpoints should never produce, such as an unexpected exception.
 */
@Path("/test-probe")
@PermitAll
public class ProblemProbeResource {

    public record Probe(
            @NotBlank @Email String email, @Size(max = 3) List<@NotBlank String> tags, int count) {}

    @GET
    @Path("/crash")
    public String crash() {
        throw new IllegalStateException("internal detail that must not reach the client");
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    public Probe echo(@Valid Probe probe) {
        return probe;
    }
}
