package org.conditionatlas.web;

import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerResponseContext;
import java.util.Set;
import org.jboss.resteasy.reactive.server.ServerResponseFilter;

/**
 * The CSRF filter (quarkus-rest-csrf) refuses a form posted without its token, or with a stale one,
 * by an empty 400. On the pages' forms, say so in words a reader understands.
 */
class CsrfRefusalPage {

    private static final Set<String> FORMS = Set.of("/login", "/signup", "/logout");

    @ServerResponseFilter
    void explain(ContainerRequestContext request, ContainerResponseContext response) {
        if (response.getStatus() != 400
                || response.hasEntity()
                || !"POST".equals(request.getMethod())
                || !FORMS.contains(request.getUriInfo().getPath())) {
            return;
        }
        String page =
                Pages.Templates.error(
                                new Frame(false, request.getUriInfo().getPath()),
                                400,
                                "This form has expired",
                                "The form was not sent from this site's current page, or it was"
                                        + " open for too long. Go back, reload the page and try"
                                        + " again.",
                                null)
                        .render();
        response.setEntity(page, null, Pages.HTML);
        response.getHeaders().putSingle("Cache-Control", "no-store");
    }
}
