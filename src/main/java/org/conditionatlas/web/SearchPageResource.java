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
import org.conditionatlas.catalog.ConditionListService;
import org.conditionatlas.catalog.ConditionPage;
import org.conditionatlas.system.Problem;
import org.conditionatlas.system.ProblemException;

/**
 * Search results and code lists, from the same list service as the API: excerpts come only from
 * what anonymous readers may see.
 */
@Path("/search")
@Produces(Pages.HTML_UTF8)
@PermitAll
public class SearchPageResource {

    private static final int PAGE_SIZE = 20;

    /** What was asked, for the form, the heading and the link to the next page. */
    record Query(String q, String category, String chapter) {

        boolean empty() {
            return q == null && category == null && chapter == null;
        }

        String nextLink(String cursor) {
            StringBuilder link = new StringBuilder("/search?cursor=").append(encode(cursor));
            if (q != null) {
                link.append("&q=").append(encode(q));
            }
            if (category != null) {
                link.append("&category=").append(encode(category));
            }
            if (chapter != null) {
                link.append("&chapter=").append(encode(chapter));
            }
            return link.toString();
        }

        private static String encode(String value) {
            return URLEncoder.encode(value, StandardCharsets.UTF_8);
        }
    }

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance search(
                Frame frame, Query query, ConditionPage results, String next, String error);
    }

    private final PageSessions sessions;
    private final ConditionListService list;
    private final Pages pages;

    SearchPageResource(PageSessions sessions, ConditionListService list, Pages pages) {
        this.sessions = sessions;
        this.list = list;
        this.pages = pages;
    }

    @GET
    public Response search(
            @QueryParam("q") String q,
            @QueryParam("category") String category,
            @QueryParam("chapter") String chapter,
            @QueryParam("cursor") String cursor,
            @Context HttpHeaders headers,
            @Context UriInfo uri) {
        PageSession session = sessions.open(headers, uri);
        Query query = new Query(blankToNull(q), blankToNull(category), blankToNull(chapter));
        String rawQuery = uri.getRequestUri().getRawQuery();
        String here = uri.getRequestUri().getRawPath() + (rawQuery == null ? "" : "?" + rawQuery);
        Frame frame = Frame.of(session, here);
        if (query.empty()) {
            return pages.html(Templates.search(frame, query, null, null, null), 200, session, false, 0);
        }
        try {
            ConditionPage results =
                    list.list(query.q(), query.chapter(), query.category(), null, PAGE_SIZE, blankToNull(cursor));
            String next = results.nextCursor() == null ? null : query.nextLink(results.nextCursor());
            return pages.html(Templates.search(frame, query, results, next, null), 200, session, false, 60);
        } catch (ProblemException e) {
            return pages.html(
                    Templates.search(frame, query, null, null, explain(e.toProblem(here))),
                    e.type().status().getStatusCode(),
                    session,
                    false,
                    0);
        }
    }

    /** A problem in words for the form: which parameter, and what is wrong with it. */
    private static String explain(Problem problem) {
        if (problem.errors() == null || problem.errors().isEmpty()) {
            return problem.detail();
        }
        Problem.FieldError error = problem.errors().get(0);
        return "The " + error.field() + " " + error.message() + ".";
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
