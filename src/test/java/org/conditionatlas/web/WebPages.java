package org.conditionatlas.web;

import static io.restassured.RestAssured.given;

import io.restassured.http.ContentType;
import io.restassured.response.Response;
import java.util.Map;
import org.conditionatlas.auth.Readers;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;

/** Page tests' helpers: sessions as a browser holds them, and the forms' CSRF tokens. */
final class WebPages {

    static final String SEED = "/conditions/M61.28";
    static final String CSRF_COOKIE = "atlas_csrf";
    static final String CSRF_FIELD = "csrf-token";

    private WebPages() {}

    /** A new member's session cookies, as the log-in page would set them. */
    static Map<String, String> memberSession() {
        Readers.SignedIn member = Readers.newMember();
        return Map.of(SessionCookies.ACCESS, member.accessToken(), SessionCookies.REFRESH, member.refreshToken());
    }

    static Document parse(Response response) {
        return Jsoup.parse(response.asString(), "http://localhost/");
    }

    /** A form page's CSRF cookie and the token its form carries. */
    record Form(String cookie, String token, Document page) {

        static Form open(String path) {
            Response response = given().urlEncodingEnabled(false)
                    .redirects()
                    .follow(false)
                    .when()
                    .get(path);
            Document page = parse(response);
            return new Form(
                    response.cookie(CSRF_COOKIE),
                    page.select("input[name=" + CSRF_FIELD + "]").attr("value"),
                    page);
        }

        /** Posts the form with its token and the given fields; redirects are not followed. */
        Response post(String path, Map<String, String> fields) {
            return given().redirects()
                    .follow(false)
                    .contentType(ContentType.URLENC)
                    .cookie(CSRF_COOKIE, cookie)
                    .formParam(CSRF_FIELD, token)
                    .formParams(fields)
                    .when()
                    .post(path);
        }
    }
}
