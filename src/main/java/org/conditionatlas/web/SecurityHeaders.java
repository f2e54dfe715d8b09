package org.conditionatlas.web;

import io.vertx.core.http.HttpServerResponse;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

/**
 * Security headers. On every response: no MIME sniffing, no framing, and no referrer sent to other
 * sites (which condition someone reads is nobody else's business). On the pages, a Content Security
 * Policy that allows nothing but this site's own styles, images and forms, and no script at all;
 * the tools under /q (Swagger UI) keep their own scripts.
 */
@ApplicationScoped
class SecurityHeaders {

    static final String PAGE_POLICY = "default-src 'none'; img-src 'self'; style-src 'self'; form-action 'self';"
            + " base-uri 'none'; frame-ancestors 'none'";

    /** An SVG opened on its own is a document: it may style itself, nothing more. */
    static final String SVG_POLICY = "default-src 'none'; style-src 'unsafe-inline'; sandbox";

    /** Before Quarkus' own handlers (its body limit is at -2), so every response gets them. */
    private static final int ORDER = -10;

    void install(@Observes Router router) {
        router.route().order(ORDER).handler(SecurityHeaders::addOnHeadersEnd);
    }

    private static void addOnHeadersEnd(RoutingContext ctx) {
        String path = ctx.normalizedPath();
        ctx.addHeadersEndHandler(v -> add(ctx.response(), path));
        ctx.next();
    }

    private static void add(HttpServerResponse response, String path) {
        response.headers()
                .set("X-Content-Type-Options", "nosniff")
                .set("X-Frame-Options", "DENY")
                .set("Referrer-Policy", "same-origin");
        String type = response.headers().get("Content-Type");
        if (type == null || path.startsWith("/q/")) {
            return;
        }
        if (type.startsWith("text/html")) {
            response.headers().set("Content-Security-Policy", PAGE_POLICY);
        } else if (type.startsWith("image/svg+xml")) {
            response.headers().set("Content-Security-Policy", SVG_POLICY);
        }
    }
}
