package org.conditionatlas.web;

import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerResponseContext;
import jakarta.ws.rs.core.MediaType;
import java.util.Map;
import java.util.Set;
import org.conditionatlas.system.Problem;
import org.conditionatlas.system.ProblemType;
import org.jboss.resteasy.reactive.server.ServerResponseFilter;

/**
 * The CSRF filter (quarkus-rest-csrf) refuses a form posted without its token, or with a stale one,
 * by an empty 400, on every endpoint. On the pages' forms, say so in words a reader understands.
 * Elsewhere (the JSON API, where no form is ever right), answer as the API answers a body it does
 * not accept: a 415 problem.
 */
class CsrfRefusals {

    private static final Set<String> FORMS = Set.of("/login", "/signup", "/logout");

    @ServerResponseFilter
    void explain(ContainerRequestContext request, ContainerResponseContext response) {
        if (response.getStatus() != 400 || response.hasEntity() || isSafe(request.getMethod())) {
            return;
        }
        String path = request.getUriInfo().getPath();
        if (FORMS.contains(path)) {
            response.setEntity(page(path), null, Pages.HTML);
            response.getHeaders().putSingle("Cache-Control", "no-store");
        } else if (isForm(request.getMediaType())) {
            response.setStatus(ProblemType.UNSUPPORTED_MEDIA_TYPE.status().getStatusCode());
            response.setEntity(problem(path), null, MediaType.valueOf(Problem.MEDIA_TYPE));
        }
    }

    private static String page(String path) {
        return Pages.Templates.error(
                        new Frame(false, path),
                        400,
                        "This form has expired",
                        "The form was not sent from this site's current page, or it was open for"
                                + " too long. Go back, reload the page and try again.",
                        null)
                .render();
    }

    private static Problem problem(String path) {
        ProblemType type = ProblemType.UNSUPPORTED_MEDIA_TYPE;
        return new Problem(
                type.uri(),
                type.title(),
                type.status().getStatusCode(),
                type.description(),
                path,
                null,
                Map.of());
    }

    private static boolean isSafe(String method) {
        return Set.of("GET", "HEAD", "OPTIONS").contains(method);
    }

    private static boolean isForm(MediaType type) {
        return type != null
                && (type.isCompatible(MediaType.APPLICATION_FORM_URLENCODED_TYPE)
                        || type.isCompatible(MediaType.MULTIPART_FORM_DATA_TYPE))
                && !type.isWildcardType();
    }
}
