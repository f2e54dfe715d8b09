package org.conditionatlas.web;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import java.util.Arrays;
import java.util.List;
import org.conditionatlas.access.PlainText;
import org.conditionatlas.auth.Readers;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.select.Elements;
import org.junit.jupiter.api.Test;

/** The seed condition's page, for anonymous readers and members. */
@QuarkusTest
class ConditionPageTest {

    static final String TITLE = "Paralytic calcification and ossification of muscle, other site";

    /** The full treatment, as plain text, fetched by a member from the API. */
    static String fullTreatment() {
        Readers.SignedIn member = Readers.newMember();
        String body = given().header("Authorization", member.bearer())
                .when()
                .get("/api/v1/conditions/M61.28/treatment")
                .then()
                .statusCode(200)
                .extract()
                .path("body");
        return PlainText.of(body);
    }

    static Response anonymousPage() {
        return given().when()
                .get(WebPages.SEED)
                .then()
                .statusCode(200)
                .extract()
                .response();
    }

    @Test
    void anonymousReaderGetsTheSeedLayoutWithTheTreatmentTeaserAndTheGate() {
        Document page = WebPages.parse(anonymousPage());

        assertEquals(TITLE, page.selectFirst("main h1").text());
        Element image = page.selectFirst("figure img");
        assertEquals("/media/conditions/M61.28.svg", image.attr("src"));
        assertEquals("Digital illustration of bone forming inside a muscle near a joint", image.attr("alt"));
        assertEquals("ICD-10 code", page.select("dl.codes dt").get(0).text());
        assertEquals("M61.28", page.select("dl.codes dd").get(0).text());
        assertEquals("Disease category", page.select("dl.codes dt").get(1).text());
        assertEquals(
                "M61.2: Paralytic calcification and ossification of muscle",
                page.select("dl.codes dd").get(1).text());
        List<String> headings = page.select("section.article-section > h2").eachText();
        assertEquals(
                List.of(
                        "Understanding Paralytic Calcification and Ossification of Muscle, Other" + " Site",
                        "Symptoms",
                        "Diagnosis",
                        "Causes",
                        "Risk factors",
                        "Complications",
                        "When to seek medical advice",
                        "In conclusion",
                        "Treatment of " + TITLE),
                headings.subList(0, 9));
        assertTrue(page.selectFirst("section#overview")
                .text()
                .contains("This process is known as heterotopic ossification (HO)"));

        Element treatment = page.selectFirst("section#treatment");
        assertTrue(treatment.hasClass("paywalled"));
        String teaser = treatment.selectFirst("p.teaser").text();
        assertTrue(teaser.startsWith("Treatment Options for"), teaser);
        assertTrue(teaser.endsWith("..."), teaser);
        Element unlock = treatment.selectFirst("p.unlock");
        assertEquals("To see full information about treatment please Sign up or Log in", unlock.text());
        assertEquals(
                "/signup?next=%2Fconditions%2FM61.28",
                unlock.selectFirst("a:containsOwn(Sign up)").attr("href"));
        assertEquals(
                "/login?next=%2Fconditions%2FM61.28",
                unlock.selectFirst("a:containsOwn(Log in)").attr("href"));

        assertTrue(page.selectFirst("aside.disclaimer").text().contains("not medical advice"));
        assertEquals(1, page.select("main").size());
        assertEquals(1, page.select("header").size());
        assertEquals(1, page.select("footer").size());
    }

    @Test
    void noLockedTextIsAnywhereInTheAnonymousHtml() {
        String html = anonymousPage().asString();
        String source = html.replaceAll("\\s+", " ");
        String teaser = WebPages.parse(anonymousPage()).selectFirst("p.teaser").text();
        String opening = teaser.substring(0, teaser.length() - "...".length());
        String full = fullTreatment();
        assertTrue(full.startsWith(opening), "the teaser is the opening of the treatment");

        // Everything after the teaser: no sentence of it, nor the words right after the cut.
        String locked = full.substring(opening.length()).strip();
        List<String> sentences = Arrays.stream(locked.split("(?<=[.!?:])\\s+"))
                .filter(s -> s.split(" ").length >= 4)
                .toList();
        assertTrue(sentences.size() > 20, "the locked text has many sentences");
        for (String sentence : sentences) {
            assertFalse(source.contains(sentence), "locked text in the page: " + sentence);
            assertFalse(source.contains(sentence.replace("'", "&#39;")), "locked text in the page: " + sentence);
        }
        String nextWords = String.join(" ", Arrays.copyOf(locked.split(" "), 5));
        assertFalse(source.contains(nextWords), nextWords);
        for (String word : List.of("indomethacin", "etidronate", "Bisphosphonates", "orthopaedic")) {
            assertFalse(html.toLowerCase().contains(word.toLowerCase()), word);
        }
    }

    @Test
    void searchEnginesGetTitleDescriptionCanonicalAndPaywallStructuredData() throws Exception {
        Response response = anonymousPage();
        Document page = WebPages.parse(response);

        assertTrue(page.title().startsWith(TITLE), page.title());
        String description = page.selectFirst("meta[name=description]").attr("content");
        assertTrue(description.startsWith("Paralytic calcification and ossification"), description);
        assertTrue(description.length() <= 160, description);
        assertEquals(
                "http://localhost:8080/conditions/M61.28",
                page.selectFirst("link[rel=canonical]").attr("href"));

        Elements scripts = page.select("script[type=application/ld+json]");
        assertEquals(1, scripts.size());
        assertEquals(0, page.select("script:not([type=application/ld+json])").size());
        JsonNode ld = new ObjectMapper().readTree(scripts.first().data());
        assertEquals("https://schema.org", ld.path("@context").asText());
        assertEquals("MedicalWebPage", ld.path("@type").asText());
        assertEquals("http://localhost:8080/conditions/M61.28", ld.path("url").asText());
        assertEquals(TITLE, ld.path("name").asText());
        assertEquals(description, ld.path("description").asText());
        assertEquals("2026-11-01", ld.path("lastReviewed").asText());
        JsonNode condition = ld.path("about");
        assertEquals("MedicalCondition", condition.path("@type").asText());
        assertEquals(TITLE, condition.path("name").asText());
        assertEquals("MedicalCode", condition.path("code").path("@type").asText());
        assertEquals("M61.28", condition.path("code").path("codeValue").asText());
        assertEquals("ICD-10-CM", condition.path("code").path("codingSystem").asText());
        assertEquals(
                condition.path("@id").asText(),
                ld.path("mainEntity").path("@id").asText());

        assertTrue(ld.path("isAccessibleForFree").isBoolean());
        assertFalse(ld.path("isAccessibleForFree").asBoolean());
        JsonNode part = ld.path("hasPart");
        assertEquals("WebPageElement", part.path("@type").asText());
        assertFalse(part.path("isAccessibleForFree").asBoolean(true));
        // The selector names exactly the gated sections of the page: those locked for anonymous
        // readers, the treatment among them.
        Elements gated = page.select(part.path("cssSelector").asText());
        assertTrue(gated.eachAttr("id").contains("treatment"));
        assertEquals(page.select("section:has(p.unlock)").eachAttr("id"), gated.eachAttr("id"));

        String full = fullTreatment();
        String locked = full.substring(full.length() / 2);
        assertFalse(ld.toString().contains(locked.substring(0, 60)));
    }

    @Test
    void memberReadsTheFullTreatmentInAPageNoCacheKeeps() {
        Response response = given().cookies(WebPages.memberSession())
                .when()
                .get(WebPages.SEED)
                .then()
                .statusCode(200)
                .header("Cache-Control", "private, no-store")
                .extract()
                .response();
        Document page = WebPages.parse(response);
        Element treatment = page.selectFirst("section#treatment");
        assertTrue(treatment.hasClass("paywalled"));
        assertTrue(treatment.select("p.unlock").isEmpty());
        assertTrue(treatment.select("h3").eachText().contains("An individual decision"));
        assertTrue(treatment.text().contains("indomethacin"));
        assertTrue(page.select("nav[aria-label=Account] a[href=/account]").size() == 1);
        // What search engines read is the same for everyone: no gated text in it.
        String ld = page.selectFirst("script[type=application/ld+json]").data();
        assertFalse(ld.contains("indomethacin"));
        assertFalse(page.selectFirst("meta[name=description]").attr("content").contains("treatment"));
    }

    @Test
    void anonymousPagesMayBeCachedButVaryByCookie() {
        given().when()
                .get(WebPages.SEED)
                .then()
                .statusCode(200)
                .contentType("text/html")
                .header("Cache-Control", startsWith("public"))
                .header("Vary", containsString("Cookie"))
                .header("Content-Security-Policy", containsString("default-src 'none'"))
                .header("X-Content-Type-Options", "nosniff")
                .header("X-Frame-Options", "DENY")
                .header("Referrer-Policy", "same-origin");
    }

    @Test
    void aCodeWrittenAnotherWayMovesToTheCanonicalPage() {
        for (String variant : List.of("m6128", "M6128", "m61.28")) {
            given().redirects()
                    .follow(false)
                    .when()
                    .get("/conditions/" + variant)
                    .then()
                    .statusCode(301)
                    .header("Location", org.hamcrest.Matchers.endsWith("/conditions/M61.28"));
        }
    }

    @Test
    void anUnknownCodeIsA404PageNamingTheClosestCondition() {
        Document page = WebPages.parse(given().when()
                .get("/conditions/M61.29")
                .then()
                .statusCode(404)
                .contentType("text/html")
                .extract()
                .response());
        assertEquals("Unknown condition", page.selectFirst("h1").text());
        assertEquals(
                "/conditions/M61.2",
                page.selectFirst("main a[href^=/conditions/]").attr("href"));
        assertEquals("noindex", page.selectFirst("meta[name=robots]").attr("content"));
    }

    @Test
    void aMalformedCodeIsA400Page() {
        given().when()
                .get("/conditions/not-a-code")
                .then()
                .statusCode(400)
                .contentType("text/html")
                .body(containsString("Malformed condition code"));
    }

    @Test
    void aCodeWithoutAnArticleListsTheCodesBelowItAndIsNotIndexed() {
        Document page = WebPages.parse(given().when()
                .get("/conditions/M61.2")
                .then()
                .statusCode(200)
                .extract()
                .response());
        assertEquals("noindex", page.selectFirst("meta[name=robots]").attr("content"));
        assertTrue(page.select("main a[href=/conditions/M61.28]").size() >= 1);
        assertTrue(page.select("section.paywalled").isEmpty());
        assertTrue(page.selectFirst("script[type=application/ld+json]").data().contains("\"codeValue\":\"M61.2\""));
    }

    @Test
    void theApiIsUnchangedByThePages() {
        given().when()
                .get("/api/v1/conditions/M61.28")
                .then()
                .statusCode(200)
                .contentType("application/json")
                .header("Set-Cookie", org.hamcrest.Matchers.nullValue())
                .header("Content-Security-Policy", org.hamcrest.Matchers.nullValue())
                .body("sections.find { it.aspect == 'treatment' }.access", equalTo("locked"));
    }
}
