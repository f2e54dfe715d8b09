package org.conditionatlas.web;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import jakarta.annotation.security.PermitAll;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;

/**
 * Where the upgrade links lead: what each tier reads, and that subscriptions are taken by the
 * payment provider, not by this page.
 */
@Path("/subscribe")
@Produces(Pages.HTML_UTF8)
@PermitAll
public class SubscribePageResource {

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance subscribe(Frame frame, String tier, String next);
    }

    private final PageSessions sessions;
    private final Pages pages;

    SubscribePageResource(PageSessions sessions, Pages pages) {
        this.sessions = sessions;
        this.pages = pages;
    }

    @GET
    public Response subscribe(@QueryParam("next") String next, @Context HttpHeaders headers, @Context UriInfo uri) {
        PageSession session = sessions.open(headers, uri);
        String target = NextPath.of(next);
        return pages.html(
                Templates.subscribe(
                        Frame.of(session, "/subscribe?next=" + URLEncoder.encode(target, StandardCharsets.UTF_8)),
                        session.reader().tier().id(),
                        target),
                200,
                session,
                false,
                0);
    }
}
