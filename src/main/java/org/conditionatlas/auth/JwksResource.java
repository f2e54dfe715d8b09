package org.conditionatlas.auth;

import jakarta.annotation.security.PermitAll;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.conditionatlas.system.HttpCaching;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** The public keys that verify access tokens, for other backends and any standard JOSE library. */
@Path("/.well-known/jwks.json")
@Tag(name = "Tokens")
public class JwksResource {

    private final SigningKeys keys;

    JwksResource(SigningKeys keys) {
        this.keys = keys;
    }

    @GET
    @PermitAll
    @Produces({"application/jwk-set+json", MediaType.APPLICATION_JSON})
    @Operation(summary = "JSON Web Key Set", description = "Every key that may still verify a live token.")
    public Response jwks() {
        List<Map<String, String>> published = keys.publishedKeys().entrySet().stream()
                .map(entry -> {
                    Map<String, String> jwk = new LinkedHashMap<>();
                    jwk.put("kty", "RSA");
                    jwk.put("use", "sig");
                    jwk.put("alg", "RS256");
                    jwk.put("kid", entry.getKey());
                    Map<String, String> numbers = RsaKeys.jwk(entry.getValue());
                    jwk.put("n", numbers.get("n"));
                    jwk.put("e", numbers.get("e"));
                    return jwk;
                })
                .toList();
        return Response.ok(Map.of("keys", published))
                .header("Cache-Control", HttpCaching.shared(300))
                .build();
    }
}
