package org.conditionatlas.web;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import io.vertx.core.http.HttpServerRequest;
import jakarta.annotation.security.PermitAll;
import jakarta.validation.Validator;
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
import java.util.Comparator;
import java.util.List;
import org.conditionatlas.account.AccountRequests;
import org.conditionatlas.account.AccountService;
import org.conditionatlas.auth.SignInService;
import org.conditionatlas.system.Problem;
import org.conditionatlas.system.ProblemException;
import org.conditionatlas.system.ProblemType;

/**
 * The sign-up page: the API's sign-up (same validation, policy and per-client limit), then a
 * log-in, and back to the page the reader came from.
 */
@Path("/signup")
@Produces(Pages.HTML_UTF8)
@PermitAll
public class SignUpPageResource {

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance signup(Frame frame, String next, SignUpForm form, String csrf);
    }

    private final PageSessions sessions;
    private final AccountService accounts;
    private final SignInService signIns;
    private final Validator validator;
    private final CsrfTokens csrf;
    private final Pages pages;

    SignUpPageResource(
            PageSessions sessions,
            AccountService accounts,
            SignInService signIns,
            Validator validator,
            CsrfTokens csrf,
            Pages pages) {
        this.sessions = sessions;
        this.accounts = accounts;
        this.signIns = signIns;
        this.validator = validator;
        this.csrf = csrf;
        this.pages = pages;
    }

    @GET
    public Response form(@QueryParam("next") String next, @Context HttpHeaders headers, @Context UriInfo uri) {
        PageSession session = sessions.open(headers, uri);
        String target = NextPath.of(next);
        if (session.signedIn()) {
            return pages.seeOther(target, session);
        }
        return form(session, headers, uri, target, SignUpForm.empty(), 200);
    }

    @POST
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response signUp(
            @FormParam("email") String email,
            @FormParam("password") String password,
            @FormParam("displayName") String displayName,
            @FormParam("next") String next,
            @FormParam(CsrfTokens.FIELD) String csrfToken,
            @Context HttpHeaders headers,
            @Context UriInfo uri,
            @Context HttpServerRequest http) {
        String target = NextPath.of(next);
        if (!csrf.verify(headers, csrfToken)) {
            return pages.csrfRefused(sessions.open(headers, uri), "/signup");
        }
        String client = http.remoteAddress().hostAddress();
        AccountRequests.SignUp request = new AccountRequests.SignUp(
                email == null ? "" : email.strip(), password == null ? "" : password, displayName);
        SignUpForm form =
                new SignUpForm(request.email(), displayName == null ? "" : displayName, null, null, null, null);
        List<Problem.FieldError> invalid = validator.validate(request).stream()
                .map(v -> new Problem.FieldError(v.getPropertyPath().toString(), v.getMessage()))
                .sorted(Comparator.comparing(Problem.FieldError::field))
                .toList();
        if (!invalid.isEmpty()) {
            return retry(headers, uri, target, form.withFieldErrors(invalid), 422);
        }
        try {
            accounts.signUp(request, client);
        } catch (ProblemException e) {
            if (e.type() == ProblemType.TOO_MANY_REQUESTS) {
                return retry(
                        headers,
                        uri,
                        target,
                        form.withFormError("Too many sign-ups from this network; try again in a minute."),
                        429);
            }
            if (e.type() == ProblemType.EMAIL_TAKEN) {
                return retry(
                        headers,
                        uri,
                        target,
                        form.withFieldError("email", "already has an account: log in instead"),
                        409);
            }
            Problem problem = e.toProblem(null);
            if (e.type() == ProblemType.INVALID_REQUEST && problem.errors() != null) {
                return retry(headers, uri, target, form.withFieldErrors(problem.errors()), 422);
            }
            throw e;
        }
        PageSession session = sessions.start(signIns.logIn(request.email(), password, client), uri);
        return pages.seeOther(target, session);
    }

    private Response retry(HttpHeaders headers, UriInfo uri, String target, SignUpForm form, int status) {
        return form(sessions.open(headers, uri), headers, uri, target, form, status);
    }

    private Response form(
            PageSession session, HttpHeaders headers, UriInfo uri, String target, SignUpForm form, int status) {
        CsrfTokens.Issued token = csrf.issue(headers, uri);
        return pages.personal(
                Templates.signup(Frame.of(session, target), target, form, token.token()),
                status,
                session.withCookies(token.cookies()));
    }
}
