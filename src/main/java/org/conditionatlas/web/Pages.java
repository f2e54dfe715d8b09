package org.conditionatlas.web;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import org.conditionatlas.catalog.ConditionView;
import org.conditionatlas.system.HttpCaching;
import org.conditionatlas.system.ProblemException;

/**
 * How every page answers: HTML with the session's cookies, caching that fits who is reading, and
 * errors as pages (not problem+json) for people.
 */
@ApplicationScoped
class Pages {

    static final String HTML_UTF8 = "text/html;charset=UTF-8";

    static final MediaType HTML = MediaType.valueOf(HTML_UTF8);

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance error(
                Frame frame, int status, String title, String detail, ConditionView.Ref closest);
    }

    /**
     * A page. Responses that set cookies, or that hold gated text, are stored by no cache; pages
     * for signed-in readers only by their own browser; anonymous pages by anyone for {@code maxAge}
     * seconds (0: not at all).
     */
    Response html(TemplateInstance page, int status, PageSession session, boolean gated, int maxAge) {
        return Response.status(status)
                .type(HTML)
                .entity(page.render())
                .cookie(session.cookieArray())
                .header(HttpHeaders.CACHE_CONTROL, cacheControl(session, gated, maxAge))
                .header(HttpHeaders.VARY, HttpHeaders.COOKIE)
                .build();
    }

    /** A page that depends on the reader and is not to be stored: forms, account pages. */
    Response personal(TemplateInstance page, int status, PageSession session) {
        return html(page, status, session, true, 0);
    }

    /** 303 See Other to a path of this site, after a form or when a page lives elsewhere. */
    Response seeOther(String path, PageSession session) {
        return Response.seeOther(URI.create(NextPath.of(path)))
                .cookie(session.cookieArray())
                .header(HttpHeaders.CACHE_CONTROL, HttpCaching.GATED)
                .build();
    }

    /**
     * A form posted without the CSRF token of the page it came from: refused, and said so in words
     * a reader understands.
     */
    Response csrfRefused(PageSession session, String here) {
        TemplateInstance page = Templates.error(
                Frame.of(session, here),
                400,
                "This form has expired",
                "The form was not sent from this site's current page, or it was open for"
                        + " too long. Go back, reload the page and try again.",
                null);
        return html(page, 400, session, true, 0);
    }

    /** The page for a problem a service reported (unknown or malformed code, bad parameter). */
    Response error(ProblemException e, PageSession session, String here) {
        int status = e.type().status().getStatusCode();
        Object closest = e.toProblem(here).extensions().get("closest");
        TemplateInstance page = Templates.error(
                Frame.of(session, here),
                status,
                e.type().title(),
                e.getMessage(),
                closest instanceof ConditionView.Ref ref ? ref : null);
        return html(page, status, session, false, 0);
    }

    private static String cacheControl(PageSession session, boolean gated, int maxAge) {
        if (!session.cookies().isEmpty() || gated) {
            return HttpCaching.GATED;
        }
        if (session.signedIn()) {
            return HttpCaching.PERSONAL;
        }
        return maxAge > 0 ? HttpCaching.shared(maxAge) : "no-cache";
    }
}
