package org.conditionatlas.web;

import jakarta.ws.rs.core.NewCookie;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.conditionatlas.access.Reader;
import org.conditionatlas.auth.TokenVerifier;

/**
 * Who is reading a page, from the session cookies, and the cookies the response must set (a
 * transparent refresh, or clearing a session that no longer stands).
 */
record PageSession(Optional<TokenVerifier.Verified> verified, List<NewCookie> cookies) {

    static PageSession anonymous(List<NewCookie> cookies) {
        return new PageSession(Optional.empty(), cookies);
    }

    Reader reader() {
        return verified.map(TokenVerifier.Verified::reader).orElse(Reader.ANONYMOUS);
    }

    boolean signedIn() {
        return verified.isPresent();
    }

    Optional<UUID> accountId() {
        return verified.map(TokenVerifier.Verified::accountId);
    }

    Optional<UUID> signInId() {
        return verified.map(TokenVerifier.Verified::signInId);
    }

    /** The same session, setting more cookies with the response. */
    PageSession withCookies(List<NewCookie> more) {
        if (more.isEmpty()) {
            return this;
        }
        List<NewCookie> all = new java.util.ArrayList<>(cookies);
        all.addAll(more);
        return new PageSession(verified, List.copyOf(all));
    }

    NewCookie[] cookieArray() {
        return cookies.toArray(NewCookie[]::new);
    }
}
