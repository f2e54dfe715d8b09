package org.conditionatlas.web;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import java.util.Map;
import org.conditionatlas.auth.Readers;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;

/** Sign-up and log-in forms: CSRF tokens, messages a reader understands, no open redirect. */
@QuarkusTest
class FormPagesTest {

    @Test
    void everyFormCarriesACsrfTokenMatchingItsHttpOnlyCookie() {
        for (String path : new String[] {"/login", "/signup"}) {
            Response response =
                    given().when().get(path).then().statusCode(200).extract().response();
            Document page = WebPages.parse(response);
            String token =
                    page.select("input[name=" + WebPages.CSRF_FIELD + "]").attr("value");
            assertTrue(token.length() >= 16, path);
            assertEquals(token, response.cookie(WebPages.CSRF_COOKIE), path);
            String setCookie = response.header("Set-Cookie").toLowerCase();
            assertTrue(setCookie.contains("httponly"), setCookie);
            // Every field has a label.
            page.select("form input:not([type=hidden])")
                    .forEach(input -> assertEquals(
                            1, page.select("label[for=" + input.id() + "]").size(), path + " " + input.id()));
        }
    }

    @Test
    void aFormPostedWithoutItsCsrfTokenIsRefused() {
        String email = Readers.signUp(Readers.newEmail(), Readers.PASSWORD);
        WebPages.Form form = WebPages.Form.open("/login");
        Response withoutToken = given().redirects()
                .follow(false)
                .contentType(ContentType.URLENC)
                .cookie(WebPages.CSRF_COOKIE, form.cookie())
                .formParam("email", email)
                .formParam("password", Readers.PASSWORD)
                .when()
                .post("/login");
        assertEquals(400, withoutToken.statusCode());
        assertNull(withoutToken.header("Location"));
        assertTrue(withoutToken.asString().contains("This form has expired"));
        assertTrue(withoutToken.headers().getValues("Set-Cookie").stream()
                .noneMatch(c -> c.startsWith(SessionCookies.ACCESS + "=ey")));

        // Another site's page cannot know the token: a wrong one, or one without the cookie.
        assertEquals(
                400,
                new WebPages.Form(form.cookie(), "AAAAAAAAAAAAAAAAAAAAAA", null)
                        .post("/login", Map.of("email", email, "password", Readers.PASSWORD))
                        .statusCode());
        assertEquals(
                400,
                given().redirects()
                        .follow(false)
                        .contentType(ContentType.URLENC)
                        .formParam(WebPages.CSRF_FIELD, form.token())
                        .formParam("email", email)
                        .formParam("password", Readers.PASSWORD)
                        .when()
                        .post("/login")
                        .statusCode());
        // With its token it goes through.
        assertEquals(
                303,
                form.post("/login", Map.of("email", email, "password", Readers.PASSWORD))
                        .statusCode());
    }

    @Test
    void aWrongPasswordShowsAClearMessageAndKeepsTheEmail() {
        String email = Readers.signUp(Readers.newEmail(), Readers.PASSWORD);
        Response response =
                WebPages.Form.open("/login").post("/login", Map.of("email", email, "password", "not the password 1"));
        assertEquals(422, response.statusCode());
        Document page = WebPages.parse(response);
        assertEquals(
                "The email or password is not correct.",
                page.selectFirst("[role=alert]").text());
        assertEquals(email, page.selectFirst("input[name=email]").attr("value"));
        assertTrue(page.select("input[name=password]").attr("value").isEmpty());
    }

    @Test
    void signUpSignsTheReaderInAndReturnsToThePage() {
        Response response = WebPages.Form.open("/signup?next=%2Fconditions%2FM61.28")
                .post(
                        "/signup",
                        Map.of(
                                "email",
                                Readers.newEmail(),
                                "password",
                                Readers.PASSWORD,
                                "next",
                                "/conditions/M61.28"));
        assertEquals(303, response.statusCode());
        assertTrue(response.header("Location").endsWith("/conditions/M61.28"));
        String access = response.cookie(SessionCookies.ACCESS);
        Document page = WebPages.parse(
                given().cookie(SessionCookies.ACCESS, access).when().get(WebPages.SEED));
        assertTrue(page.select("section#treatment p.unlock").isEmpty());
        assertTrue(page.selectFirst("section#treatment").text().contains("An individual decision"));
    }

    @Test
    void signUpProblemsAreShownNextToTheirFields() {
        Response weak =
                WebPages.Form.open("/signup").post("/signup", Map.of("email", Readers.newEmail(), "password", "short"));
        assertEquals(422, weak.statusCode());
        assertEquals(
                "Password must be 12 to 128 characters long.",
                WebPages.parse(weak).selectFirst("#signup-password-error").text());

        Response badEmail = WebPages.Form.open("/signup")
                .post("/signup", Map.of("email", "not-an-email", "password", Readers.PASSWORD));
        assertEquals(422, badEmail.statusCode());
        assertEquals(
                "Email address must be an email address.",
                WebPages.parse(badEmail).selectFirst("#signup-email-error").text());

        String taken = Readers.signUp(Readers.newEmail(), Readers.PASSWORD);
        Response again = WebPages.Form.open("/signup")
                .post("/signup", Map.of("email", taken.toUpperCase(), "password", Readers.PASSWORD));
        assertEquals(409, again.statusCode());
        assertTrue(
                WebPages.parse(again).selectFirst("#signup-email-error").text().contains("log in"));
    }

    @Test
    void nextNeverLeavesTheSite() {
        String email = Readers.signUp(Readers.newEmail(), Readers.PASSWORD);
        for (String next : new String[] {"//evil.example/", "https://evil.example/", "/\\evil.example"}) {
            Response response = WebPages.Form.open("/login")
                    .post(
                            "/login",
                            Map.of(
                                    "email", email,
                                    "password", Readers.PASSWORD,
                                    "next", next));
            assertEquals(303, response.statusCode(), next);
            String location = response.header("Location");
            assertTrue(location.matches("https?://localhost(:\\d+)?/"), next + " -> " + location);
        }
        Document form =
                WebPages.Form.open("/login?next=https%3A%2F%2Fevil.example%2F").page();
        assertEquals("/", form.selectFirst("input[name=next]").attr("value"));
        Document kept = WebPages.Form.open("/login?next=%2Fconditions%2FM61.28").page();
        assertEquals("/conditions/M61.28", kept.selectFirst("input[name=next]").attr("value"));
    }

    @Test
    void theSubscribePageIsHonestAboutPayment() {
        Document page = WebPages.parse(given().urlEncodingEnabled(false)
                .when()
                .get("/subscribe?next=%2Fconditions%2FM61.28")
                .then()
                .statusCode(200)
                .extract()
                .response());
        assertTrue(page.text().contains("payment provider"));
        assertTrue(page.select("form").stream().noneMatch(f -> "post".equals(f.attr("method"))));
        assertTrue(page.select("input[type=password], input[name*=card]").isEmpty());
        assertEquals(3, page.select("table.tiers tbody tr").size());
        assertEquals(
                "/conditions/M61.28",
                page.selectFirst("main a:containsOwn(Back to where you were)").attr("href"));
    }
}
