package org.conditionatlas.web;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import jakarta.annotation.security.PermitAll;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.time.ZoneOffset;
import java.util.Optional;
import org.conditionatlas.account.AccountService;
import org.conditionatlas.account.AccountView;

/** The signed-in reader's account page; readers without a session are sent to log in first. */
@Path("/account")
@Produces(Pages.HTML_UTF8)
@PermitAll
public class AccountPageResource {

    /** The account as its page shows it. */
    record AccountPage(String email, String displayName, String tier, String memberSince) {

        static AccountPage of(AccountView account) {
            return new AccountPage(
                    account.email(),
                    account.displayName(),
                    account.tier().id(),
                    account.createdAt().atOffset(ZoneOffset.UTC).toLocalDate().toString());
        }
    }

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance account(Frame frame, AccountPage account, String csrf);
    }

    private final PageSessions sessions;
    private final AccountService accounts;
    private final CsrfTokens csrf;
    private final Pages pages;

    AccountPageResource(PageSessions sessions, AccountService accounts, CsrfTokens csrf, Pages pages) {
        this.sessions = sessions;
        this.accounts = accounts;
        this.csrf = csrf;
        this.pages = pages;
    }

    @GET
    public Response account(@Context HttpHeaders headers, @Context UriInfo uri) {
        PageSession session = sessions.open(headers, uri);
        Optional<AccountView> account = session.accountId().flatMap(accounts::find);
        if (account.isEmpty()) {
            return pages.seeOther("/login?next=%2Faccount", session);
        }
        CsrfTokens.Issued token = csrf.issue(headers, uri);
        return pages.personal(
                Templates.account(Frame.of(session, "/account"), AccountPage.of(account.get()), token.token()),
                200,
                session.withCookies(token.cookies()));
    }
}
