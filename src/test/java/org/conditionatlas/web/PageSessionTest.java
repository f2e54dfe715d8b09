package org.conditionatlas.web;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import java.util.List;
import java.util.Map;
import org.conditionatlas.auth.Readers;
import org.junit.jupiter.api.Test;

/** The pages' sessions: the API's tokens in cookies, refreshed transparently, ended on log-out. */
@QuarkusTest
class PageSessionTest {

    static List<String> setCookies(Response response) {
        return response.headers().getValues("Set-Cookie");
    }

    static String setCookie(Response response, String name) {
        return setCookies(response).stream()
                .filter(c -> c.startsWith(name + "="))
                .findFirst()
                .orElse(null);
    }

    static boolean showsTheGate(Response response) {
        return !WebPages.parse(response).select("section#treatment p.unlock").isEmpty();
    }

    @Test
    void anInvalidSessionCookieIsNoSessionAndIsCleared() {
        Response response = given().cookie(SessionCookies.ACCESS, "not.a.token")
                .when()
                .get(WebPages.SEED)
                .then()
                .statusCode(200)
                .header("Cache-Control", "private, no-store")
                .extract()
                .response();
        assertTrue(showsTheGate(response));
        String cleared = setCookie(response, SessionCookies.ACCESS);
        assertTrue(cleared.contains("Max-Age=0"), cleared);
    }

    @Test
    void aRevokedSessionIsNoSessionEither() {
        Readers.SignedIn member = Readers.newMember();
        given().header("Authorization", member.bearer())
                .contentType(ContentType.JSON)
                .body("{}")
                .when()
                .post("/api/v1/auth/logout")
                .then()
                .statusCode(204);
        Response response = given().cookie(SessionCookies.ACCESS, member.accessToken())
                .when()
                .get(WebPages.SEED)
                .then()
                .statusCode(200)
                .extract()
                .response();
        assertTrue(showsTheGate(response));
    }

    @Test
    void anExpiredAccessCookieIsRefreshedTransparently() {
        Readers.SignedIn member = Readers.newMember();
        Response response = given().cookie(SessionCookies.ACCESS, "expired.or.missing")
                .cookie(SessionCookies.REFRESH, member.refreshToken())
                .when()
                .get(WebPages.SEED)
                .then()
                .statusCode(200)
                .header("Cache-Control", "private, no-store")
                .extract()
                .response();
        assertFalse(showsTheGate(response));
        String access = setCookie(response, SessionCookies.ACCESS);
        String refresh = setCookie(response, SessionCookies.REFRESH);
        assertFalse(access.startsWith(SessionCookies.ACCESS + "=;"), access);
        assertNotEquals(SessionCookies.REFRESH + "=" + member.refreshToken(), refresh.split(";")[0]);
        // The presented refresh token was rotated: it no longer works on its own.
        given().contentType(ContentType.JSON)
                .body(Map.of("refresh_token", member.refreshToken()))
                .when()
                .post("/api/v1/auth/refresh")
                .then()
                .statusCode(401);
    }

    @Test
    void tabsRefreshingOneExpiredSessionAtOnceKeepTheSignIn() throws Exception {
        Readers.SignedIn member = Readers.newMember();
        java.util.concurrent.ExecutorService tabs = java.util.concurrent.Executors.newFixedThreadPool(4);
        try {
            List<java.util.concurrent.Callable<Response>> loads = new java.util.ArrayList<>();
            for (int i = 0; i < 4; i++) {
                loads.add(() -> given().cookie(SessionCookies.ACCESS, "expired.or.missing")
                        .cookie(SessionCookies.REFRESH, member.refreshToken())
                        .when()
                        .get(WebPages.SEED)
                        .then()
                        .extract()
                        .response());
            }
            String access = null;
            for (java.util.concurrent.Future<Response> load : tabs.invokeAll(loads)) {
                Response response = load.get();
                assertEquals(200, response.statusCode());
                assertFalse(showsTheGate(response), "every tab keeps the session");
                access = setCookie(response, SessionCookies.ACCESS)
                        .split(";")[0]
                        .substring(SessionCookies.ACCESS.length() + 1);
            }
            // The sign-in was not taken for a stolen token's reuse: its new access token works.
            given().header("Authorization", "Bearer " + access)
                    .when()
                    .get("/api/v1/me")
                    .then()
                    .statusCode(200);
        } finally {
            tabs.shutdownNow();
        }
    }

    @Test
    void aRefusedRefreshClearsBothCookiesAndShowsTheAnonymousPage() {
        Response response = given().cookie(SessionCookies.REFRESH, "unknown-refresh-token")
                .when()
                .get(WebPages.SEED)
                .then()
                .statusCode(200)
                .extract()
                .response();
        assertTrue(showsTheGate(response));
        assertTrue(setCookie(response, SessionCookies.ACCESS).contains("Max-Age=0"));
        assertTrue(setCookie(response, SessionCookies.REFRESH).contains("Max-Age=0"));
    }

    @Test
    void logInSetsHttpOnlySameSiteLaxCookiesAndReturnsToThePageItCameFrom() {
        String email = Readers.signUp(Readers.newEmail(), Readers.PASSWORD);
        Response response = WebPages.Form.open("/login?next=%2Fconditions%2FM61.28")
                .post("/login", Map.of("email", email, "password", Readers.PASSWORD, "next", "/conditions/M61.28"));
        assertEquals(303, response.statusCode());
        assertTrue(response.header("Location").endsWith("/conditions/M61.28"));
        for (String name : List.of(SessionCookies.ACCESS, SessionCookies.REFRESH)) {
            String cookie = setCookie(response, name).toLowerCase();
            assertTrue(cookie.contains("httponly"), cookie);
            assertTrue(cookie.contains("samesite=lax"), cookie);
            assertTrue(cookie.contains("path=/"), cookie);
            // Plain HTTP to localhost (a local run): not Secure, or the browser would drop it.
            assertFalse(cookie.contains("secure"), cookie);
        }
    }

    @Test
    void cookiesAreSecureWhenTheSiteIsNotAPlainHttpLocalRun() {
        Response response = given().header("Host", "atlas.example")
                .cookie(SessionCookies.ACCESS, "stale")
                .when()
                .get(WebPages.SEED)
                .then()
                .statusCode(200)
                .extract()
                .response();
        String cookie = setCookie(response, SessionCookies.ACCESS).toLowerCase();
        assertTrue(cookie.contains("secure"), cookie);
    }

    @Test
    void logOutEndsTheSignInNotOnlyTheCookies() {
        Readers.SignedIn member = Readers.newMember();
        Response form = given().urlEncodingEnabled(false)
                .cookie(SessionCookies.ACCESS, member.accessToken())
                .cookie(SessionCookies.REFRESH, member.refreshToken())
                .when()
                .get("/logout?next=%2Fconditions%2FM61.28")
                .then()
                .statusCode(200)
                .extract()
                .response();
        String token = WebPages.parse(form)
                .selectFirst("input[name=" + WebPages.CSRF_FIELD + "]")
                .attr("value");
        Response response = given().redirects()
                .follow(false)
                .contentType(ContentType.URLENC)
                .cookie(WebPages.CSRF_COOKIE, form.cookie(WebPages.CSRF_COOKIE))
                .cookie(SessionCookies.ACCESS, member.accessToken())
                .cookie(SessionCookies.REFRESH, member.refreshToken())
                .formParam(WebPages.CSRF_FIELD, token)
                .formParam("next", "/conditions/M61.28")
                .when()
                .post("/logout");
        assertEquals(303, response.statusCode());
        assertTrue(response.header("Location").endsWith("/conditions/M61.28"));
        assertTrue(setCookie(response, SessionCookies.ACCESS).contains("Max-Age=0"));
        assertTrue(setCookie(response, SessionCookies.REFRESH).contains("Max-Age=0"));
        // The old cookies no longer open a session, even if a browser kept them.
        assertTrue(showsTheGate(given().cookie(SessionCookies.ACCESS, member.accessToken())
                .cookie(SessionCookies.REFRESH, member.refreshToken())
                .when()
                .get(WebPages.SEED)));
        given().header("Authorization", member.bearer())
                .when()
                .get("/api/v1/me")
                .then()
                .statusCode(401);
    }

    @Test
    void theAccountPageShowsTheSignedInReaderAndSendsOthersToLogIn() {
        given().redirects()
                .follow(false)
                .when()
                .get("/account")
                .then()
                .statusCode(303)
                .header("Location", org.hamcrest.Matchers.endsWith("/login?next=%2Faccount"));
        Readers.SignedIn member = Readers.newMember();
        Response page = given().cookie(SessionCookies.ACCESS, member.accessToken())
                .when()
                .get("/account")
                .then()
                .statusCode(200)
                .header("Cache-Control", "private, no-store")
                .extract()
                .response();
        assertTrue(WebPages.parse(page).text().contains(member.email()));
        assertEquals(
                1,
                WebPages.parse(page).select("form[action=/logout][method=post]").size());
    }
}
