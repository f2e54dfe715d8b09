package org.conditionatlas.web;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import io.vertx.core.http.HttpServerRequest;
import jakarta.annotation.security.PermitAll;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.FormParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import org.conditionatlas.auth.SignInService;
import org.conditionatlas.system.ProblemException;
import org.conditionatlas.system.ProblemType;

/**
 * Log-in and log-out pages. A successful log-in sets the session cookies and returns the reader to
 * the page they came from (a path of this site only). The forms carry a CSRF token.
 */
@Path("/")
@Produces(Pages.HTML_UTF8)
@PermitAll
public class LogInPageResource {

    static final String INVALID_CREDENTIALS = "The email or password is not correct.";

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance login(Frame frame, String next, String email, String error, String csrf);

        static native TemplateInstance logout(Frame frame, String next, String csrf);
    }

    private final PageSessions sessions;
    private final SignInService signIns;
    private final CsrfTokens csrf;
    private final Pages pages;

    LogInPageResource(PageSessions sessions, SignInService signIns, CsrfTokens csrf, Pages pages) {
        this.sessions = sessions;
        this.signIns = signIns;
        this.csrf = csrf;
        this.pages = pages;
    }

    @GET
    @Path("login")
    public Response logInForm(@QueryParam("next") String next, @Context HttpHeaders headers, @Context UriInfo uri) {
        PageSession session = sessions.open(headers, uri);
        String target = NextPath.of(next);
        if (session.signedIn()) {
            return pages.seeOther(target, session);
        }
        CsrfTokens.Issued token = csrf.issue(headers, uri);
        return pages.personal(
                Templates.login(Frame.of(session, target), target, "", null, token.token()),
                200,
                session.withCookies(token.cookies()));
    }

    @POST
    @Path("login")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response logIn(
            @FormParam("email") String email,
            @FormParam("password") String password,
            @FormParam("next") String next,
            @FormParam(CsrfTokens.FIELD) String csrfToken,
            @Context HttpHeaders headers,
            @Context UriInfo uri,
            @Context HttpServerRequest http) {
        String target = NextPath.of(next);
        if (!csrf.verify(headers, csrfToken)) {
            return pages.csrfRefused(sessions.open(headers, uri), "/login");
        }
        String address = email == null ? "" : email.strip();
        if (address.isEmpty() || password == null || password.isEmpty()) {
            return retry(headers, uri, target, address, "Enter your email address and password.", 422);
        }
        try {
            PageSession session = sessions.start(
                    signIns.logIn(address, password, http.remoteAddress().hostAddress()), uri);
            return pages.seeOther(target, session);
        } catch (ProblemException e) {
            if (e.type() == ProblemType.TOO_MANY_REQUESTS) {
                Response throttled = retry(headers, uri, target, address, e.getMessage(), 429);
                return Response.fromResponse(throttled)
                        .header("Retry-After", e.headers().get("Retry-After"))
                        .build();
            }
            if (e.type() == ProblemType.INVALID_CREDENTIALS) {
                return retry(headers, uri, target, address, INVALID_CREDENTIALS, 422);
            }
            throw e;
        }
    }

    @GET
    @Path("logout")
    public Response logOutForm(@QueryParam("next") String next, @Context HttpHeaders headers, @Context UriInfo uri) {
        PageSession session = sessions.open(headers, uri);
        String target = NextPath.of(next);
        CsrfTokens.Issued token = csrf.issue(headers, uri);
        return pages.personal(
                Templates.logout(Frame.of(session, target), target, token.token()),
                200,
                session.withCookies(token.cookies()));
    }

    @POST
    @Path("logout")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response logOut(
            @FormParam("next") String next,
            @FormParam(CsrfTokens.FIELD) String csrfToken,
            @Context HttpHeaders headers,
            @Context UriInfo uri) {
        if (!csrf.verify(headers, csrfToken)) {
            return pages.csrfRefused(sessions.open(headers, uri), "/logout");
        }
        PageSession ended = PageSession.anonymous(sessions.end(headers, uri));
        return pages.seeOther(NextPath.of(next), ended);
    }

    private Response retry(HttpHeaders headers, UriInfo uri, String target, String email, String error, int status) {
        PageSession session = sessions.open(headers, uri);
        CsrfTokens.Issued token = csrf.issue(headers, uri);
        return pages.personal(
                Templates.login(Frame.of(session, target), target, email, error, token.token()),
                status,
                session.withCookies(token.cookies()));
    }
}
