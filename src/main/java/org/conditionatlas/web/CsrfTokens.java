package org.conditionatlas.web;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.ws.rs.core.Cookie;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.NewCookie;
import jakarta.ws.rs.core.UriInfo;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.List;
import java.util.regex.Pattern;

/**
 * CSRF protection of the pages' forms (double-submit cookie): a form page puts a random token in an
 * HttpOnly, SameSite=Lax cookie and in a hidden field; a post is accepted only when both are there
 * and equal. Another site can make a browser post a form, but cannot read or set the token. Only
 * the pages' form handlers check it, so the JSON API, which takes bearer tokens and no cookies, is
 * not concerned.
 */
@ApplicationScoped
class CsrfTokens {

    static final String COOKIE = "atlas_csrf";
    static final String FIELD = "csrf-token";

    private static final int TOKEN_BYTES = 32;
    private static final int MAX_AGE_SECONDS = 2 * 60 * 60;
    private static final Pattern WELL_FORMED = Pattern.compile("[A-Za-z0-9_-]{43}");

    private final SecureRandom random = new SecureRandom();
    private final SessionCookies cookies;

    CsrfTokens(SessionCookies cookies) {
        this.cookies = cookies;
    }

    /** A form's token, with the cookie that holds it (renewed, so an open form keeps working). */
    record Issued(String token, List<NewCookie> cookies) {}

    /** The token the browser holds already (other open forms keep working), or a new one. */
    Issued issue(HttpHeaders headers, UriInfo request) {
        String token = cookieToken(headers);
        if (token == null) {
            byte[] bytes = new byte[TOKEN_BYTES];
            random.nextBytes(bytes);
            token = Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
        }
        return new Issued(token, List.of(cookies.cookie(COOKIE, token, MAX_AGE_SECONDS, request)));
    }

    /** Whether a posted form carries the token of the browser that posts it. */
    boolean verify(HttpHeaders headers, String formToken) {
        String cookie = cookieToken(headers);
        return cookie != null
                && formToken != null
                && MessageDigest.isEqual(
                        cookie.getBytes(StandardCharsets.US_ASCII), formToken.getBytes(StandardCharsets.US_ASCII));
    }

    private static String cookieToken(HttpHeaders headers) {
        Cookie cookie = headers.getCookies().get(COOKIE);
        return cookie == null || !WELL_FORMED.matcher(cookie.getValue()).matches() ? null : cookie.getValue();
    }
}
