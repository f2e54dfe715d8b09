package org.conditionatlas.web;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.ws.rs.core.Cookie;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.NewCookie;
import jakarta.ws.rs.core.UriInfo;
import java.util.List;
import java.util.Optional;
import org.conditionatlas.auth.SignInService;
import org.conditionatlas.auth.TokenPair;
import org.conditionatlas.auth.TokenVerifier;
import org.conditionatlas.system.ProblemException;

/**
 * Opens, starts and ends the pages' sessions. The access token is checked exactly as the API checks
 * it; an invalid or expired one is no session, and when a refresh token is there the session is
 * renewed transparently (or cleared, if the refresh is refused).
 */
@ApplicationScoped
class PageSessions {

    private final TokenVerifier verifier;
    private final SignInService signIns;
    private final SessionCookies cookies;
    private final RefreshCoalescer refreshes;

    PageSessions(TokenVerifier verifier, SignInService signIns, SessionCookies cookies, RefreshCoalescer refreshes) {
        this.verifier = verifier;
        this.signIns = signIns;
        this.cookies = cookies;
        this.refreshes = refreshes;
    }

    PageSession open(HttpHeaders headers, UriInfo request) {
        String access = value(headers, SessionCookies.ACCESS);
        String refresh = value(headers, SessionCookies.REFRESH);
        Optional<TokenVerifier.Verified> verified = verifier.verify(access);
        if (verified.isPresent()) {
            return new PageSession(verified, List.of());
        }
        if (refresh == null) {
            return PageSession.anonymous(access == null ? List.of() : cookies.clear(request));
        }
        try {
            return start(refreshes.refresh(refresh), request);
        } catch (ProblemException refused) {
            return PageSession.anonymous(cookies.clear(request));
        }
    }

    /** A session for tokens just issued by a log-in or a refresh. */
    PageSession start(TokenPair tokens, UriInfo request) {
        Optional<TokenVerifier.Verified> verified = verifier.verify(tokens.accessToken());
        return verified.isPresent()
                ? new PageSession(verified, cookies.issue(tokens, request))
                : PageSession.anonymous(cookies.clear(request));
    }

    /** Ends the sign-in behind the session, if any, and clears the cookies. */
    List<NewCookie> end(HttpHeaders headers, UriInfo request) {
        PageSession session = open(headers, request);
        if (session.signedIn()) {
            signIns.logOut(
                    session.signInId().orElseThrow(),
                    session.accountId().orElseThrow(),
                    refreshTokenAfter(session, headers));
        }
        return cookies.clear(request);
    }

    /** The refresh token now valid: a transparent refresh has just replaced the cookie's. */
    private static String refreshTokenAfter(PageSession session, HttpHeaders headers) {
        return session.cookies().stream()
                .filter(c -> c.getName().equals(SessionCookies.REFRESH)
                        && !c.getValue().isEmpty())
                .map(NewCookie::getValue)
                .findFirst()
                .orElseGet(() -> value(headers, SessionCookies.REFRESH));
    }

    private static String value(HttpHeaders headers, String name) {
        Cookie cookie = headers.getCookies().get(name);
        return cookie == null || cookie.getValue().isBlank() ? null : cookie.getValue();
    }
}
