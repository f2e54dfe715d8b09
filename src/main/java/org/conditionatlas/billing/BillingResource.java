package org.conditionatlas.billing;

import jakarta.annotation.security.PermitAll;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.Locale;
import java.util.Map;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** The payment provider's webhook. Authenticated by its signature, not by a token. */
@Path("/api/v1/billing/events")
@Tag(name = "Billing")
public class BillingResource {

    private final BillingService billing;

    BillingResource(BillingService billing) {
        this.billing = billing;
    }

    @POST
    @PermitAll
    @Consumes(MediaType.APPLICATION_JSON)
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(
            summary = "Receive a payment event",
            description = "Signed like Stripe's webhooks: Atlas-Signature: t=<unix seconds>,v1=<hex"
                    + " HMAC-SHA256 of \"<t>.<raw body>\">. Replaying an id changes nothing.")
    @APIResponse(responseCode = "200", description = "Applied, or a replay that changed nothing ('status')")
    @APIResponse(
            responseCode = "400",
            description = "Bad or stale signature, unknown type, malformed body; nothing changed")
    @APIResponse(responseCode = "503", description = "No webhook secret configured; the provider should retry")
    public Map<String, String> receive(@HeaderParam("Atlas-Signature") String signature, byte[] body) {
        BillingService.Outcome outcome = billing.receive(signature, body == null ? new byte[0] : body);
        return Map.of("status", outcome.name().toLowerCase(Locale.ROOT));
    }
}
