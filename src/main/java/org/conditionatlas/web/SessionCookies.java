package org.conditionatlas.web;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.ws.rs.core.NewCookie;
import jakarta.ws.rs.core.UriInfo;
import java.net.URI;
import java.util.List;
import java.util.Set;
import org.conditionatlas.auth.TokenPair;

/**
 * The pages' session: the API's own access and refresh tokens, each in an HttpOnly, SameSite=Lax
 * cookie that lives as long as its token. Secure except on plain-HTTP local runs.
 */
@ApplicationScoped
class SessionCookies {

    static final String ACCESS = "atlas_session";
    static final String REFRESH = "atlas_refresh";

    private static final Set<String> LOCAL_HOSTS = Set.of("localhost", "127.0.0.1", "[::1]", "::1");

    private final WebConfig config;

    SessionCookies(WebConfig config) {
        this.config = config;
    }

    /** The cookies that carry a new token pair. */
    List<NewCookie> issue(TokenPair tokens, UriInfo request) {
        boolean secure = secure(request);
        return List.of(
                cookie(ACCESS, tokens.accessToken(), (int) tokens.expiresIn(), secure),
                cookie(REFRESH, tokens.refreshToken(), (int) tokens.refreshExpiresIn(), secure));
    }

    /** The cookies that end the session in the browser. */
    List<NewCookie> clear(UriInfo request) {
        boolean secure = secure(request);
        return List.of(cookie(ACCESS, "", 0, secure), cookie(REFRESH, "", 0, secure));
    }

    /** Another cookie of the pages, with the same attributes. */
    NewCookie cookie(String name, String value, int maxAge, UriInfo request) {
        return cookie(name, value, maxAge, secure(request));
    }

    boolean secure(UriInfo request) {
        return config.secureCookies().orElseGet(() -> !isPlainHttpToLocalhost(request));
    }

    private static boolean isPlainHttpToLocalhost(UriInfo request) {
        URI uri = request.getRequestUri();
        return "http".equalsIgnoreCase(uri.getScheme())
                && uri.getHost() != null
                && LOCAL_HOSTS.contains(uri.getHost().toLowerCase(java.util.Locale.ROOT));
    }

    private static NewCookie cookie(String name, String value, int maxAge, boolean secure) {
        return new NewCookie.Builder(name)
                .value(value)
                .path("/")
                .maxAge(maxAge)
                .httpOnly(true)
                .secure(secure)
                .sameSite(NewCookie.SameSite.LAX)
                .build();
    }
}
