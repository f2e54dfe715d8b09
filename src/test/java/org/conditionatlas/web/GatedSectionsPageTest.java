package org.conditionatlas.web;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Map;
import org.conditionatlas.catalog.content.ContentLoader;
import org.conditionatlas.catalog.content.TestBundles;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Subscriber sections, and content that tries to inject markup. */
@QuarkusTest
class GatedSectionsPageTest {

    static final String CODE = "M61.231";
    static final String SUBSCRIBER_TEXT =
            "Subscriber only: a long discussion of rehabilitation plans, with the detail that only"
                    + " subscribers read, told over several sentences. It goes on about exercise"
                    + " programmes and how they are adjusted. It ends with a summary.";

    static final String ARTICLE = """
            ---
            code: M61.231
            title: Paralytic calcification and ossification of muscle, right forearm
            ---

            ## Overview {#overview}

            Bone forms in a forearm muscle. <script>alert('x')</script> [bad](javascript:alert(1))

            ## Treatment {#treatment}

            Treatment for members starts here and goes on for a while so the preview is short.
            Members read every word of this section, and nobody else does.

            ## Living with it {#living-with tier=subscriber}

            %s
            """.formatted(SUBSCRIBER_TEXT);

    @Inject
    ContentLoader loader;

    @BeforeEach
    void loadArticle() {
        loader.load(TestBundles.withArticles(Map.of(CODE, ARTICLE)), List.of());
    }

    static Document page(Map<String, String> cookies) {
        return WebPages.parse(given().cookies(cookies)
                .when()
                .get("/conditions/" + CODE)
                .then()
                .statusCode(200)
                .extract()
                .response());
    }

    @Test
    void aMemberSeesTheTreatmentAndAnUpgradePromptForSubscriberSections() {
        Document page = page(WebPages.memberSession());
        assertTrue(page.selectFirst("section#treatment").text().contains("nobody else does"));
        Element living = page.selectFirst("section#living-with");
        assertTrue(living.hasClass("paywalled"));
        Element unlock = living.selectFirst("p.unlock");
        assertEquals("To see full information about living with please upgrade your subscription", unlock.text());
        assertEquals(
                "/subscribe?next=%2Fconditions%2FM61.231",
                unlock.selectFirst("a").attr("href"));
        assertFalse(page.html().contains("It ends with a summary"));
        assertEquals(
                List.of("treatment", "living-with"), page.select(".paywalled").eachAttr("id"));
    }

    @Test
    void anAnonymousReaderIsAskedToSignUpOrLogInAndSubscribe() {
        Document page = page(Map.of());
        Element unlock = page.selectFirst("section#living-with p.unlock");
        assertEquals("To see full information about living with please Sign up or Log in and subscribe", unlock.text());
        assertEquals(
                List.of(
                        "/signup?next=%2Fconditions%2FM61.231",
                        "/login?next=%2Fconditions%2FM61.231", "/subscribe?next=%2Fconditions%2FM61.231"),
                unlock.select("a").eachAttr("href"));
        assertFalse(page.html().contains("nobody else does"));
        assertFalse(page.html().contains("It ends with a summary"));
    }

    @Test
    void markupInContentIsEscapedNotRun() {
        Document page = page(Map.of());
        Element overview = page.selectFirst("section#overview");
        assertTrue(overview.text().contains("<script>alert('x')</script>"));
        assertTrue(overview.select("script").isEmpty());
        assertTrue(page.select("a[href^=javascript]").isEmpty());
        assertEquals(1, page.select("script").size(), "only the JSON-LD data block");
        assertFalse(page.selectFirst("script[type=application/ld+json]").data().contains("<"));
    }
}
