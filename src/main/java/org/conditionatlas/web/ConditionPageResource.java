package org.conditionatlas.web;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import jakarta.annotation.security.PermitAll;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.net.URI;
import java.util.List;
import org.conditionatlas.catalog.CatalogConfig;
import org.conditionatlas.catalog.ConditionCode;
import org.conditionatlas.catalog.ConditionListService;
import org.conditionatlas.catalog.ConditionPage;
import org.conditionatlas.catalog.ConditionService;
import org.conditionatlas.system.ProblemException;

/** The page of one condition, for people: the seed page's layout, gated as the API gates it. */
@Path("/conditions")
@Produces(Pages.HTML_UTF8)
@PermitAll
public class ConditionPageResource {

    /** How many codes below a code without an article its page lists. */
    private static final int CODES_BELOW = 100;

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance condition(Frame frame, ConditionPageModel page, List<ConditionPage.Item> below);
    }

    private final PageSessions sessions;
    private final ConditionPages conditionPages;
    private final ConditionListService list;
    private final CatalogConfig catalog;
    private final Pages pages;

    ConditionPageResource(
            PageSessions sessions,
            ConditionPages conditionPages,
            ConditionListService list,
            CatalogConfig catalog,
            Pages pages) {
        this.sessions = sessions;
        this.conditionPages = conditionPages;
        this.list = list;
        this.catalog = catalog;
        this.pages = pages;
    }

    static String path(String code) {
        return "/conditions/" + code;
    }

    @GET
    @Path("/{code}")
    public Response page(@PathParam("code") String raw, @Context HttpHeaders headers, @Context UriInfo uri) {
        PageSession session = sessions.open(headers, uri);
        String here = uri.getRequestUri().getRawPath();
        try {
            ConditionCode code = ConditionService.parseCode(raw);
            if (!code.value().equals(raw)) {
                // One URL per condition: m6128 and M6128 move to M61.28 for good.
                return Response.status(Response.Status.MOVED_PERMANENTLY)
                        .location(URI.create(path(code.value())))
                        .cookie(session.cookieArray())
                        .build();
            }
            ConditionPageModel page = conditionPages.page(code, session.reader());
            List<ConditionPage.Item> below = page.hasArticle()
                    ? List.of()
                    : list.list(null, null, code.value(), null, CODES_BELOW, null).items().stream()
                            .filter(item -> !item.code().equals(page.code()))
                            .toList();
            return pages.html(
                    Templates.condition(Frame.of(session, here), page, below),
                    200,
                    session,
                    page.showsGatedText(),
                    catalog.publicMaxAge());
        } catch (ProblemException e) {
            return pages.error(e, session, here);
        }
    }
}
