package org.conditionatlas.web;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTest;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;

/** The home page, browsing by chapter and block, and search results. */
@QuarkusTest
class BrowseAndSearchPageTest {

    static Document get(String path, int status) {
        return WebPages.parse(given().urlEncodingEnabled(false)
                .when()
                .get(path)
                .then()
                .statusCode(status)
                .extract()
                .response());
    }

    @Test
    void theHomePageHasASearchFormAndTheTwentyTwoChapters() {
        Document home = get("/", 200);
        assertEquals(
                1,
                home.select("main form[role=search][action=/search][method=get]")
                        .size());
        assertEquals(1, home.select("label[for=home-q]").size());
        assertEquals(22, home.select("ol.chapters > li").size());
        assertTrue(home.select("ol.chapters a[href=/chapters/13]")
                .text()
                .startsWith("Diseases of the musculoskeletal system"));
        assertTrue(home.select("main a[href=/conditions/M61.28]").size() >= 1);
    }

    @Test
    void aChapterListsItsBlocksAndArticlesAndABlockItsCategories() {
        Document chapter = get("/chapters/13", 200);
        assertEquals(
                "Diseases of the musculoskeletal system and connective tissue",
                chapter.selectFirst("h1").text());
        assertEquals(1, chapter.select("a[href=/blocks/M60-M63]").size());
        assertEquals(1, chapter.select("a[href=/conditions/M61.28]").size());

        Document block = get("/blocks/M60-M63", 200);
        assertEquals("Disorders of muscles", block.selectFirst("h1").text());
        assertTrue(block.select("a[href=/conditions/M61]").size() == 1);

        get("/chapters/99", 404);
        get("/blocks/Z98-Z99", 404);
    }

    @Test
    void searchFindsConditionsByWordsWithExcerptsOfPublicTextOnly() {
        Document results = get("/search?q=ossification", 200);
        assertTrue(results.select("ol.results a[href=/conditions/M61.28]").size() == 1);
        String text = results.select("ol.results").text();
        assertTrue(text.contains("M61.28"));
        assertTrue(!text.contains("indomethacin"));
        assertEquals("ossification", results.selectFirst("#search-q").attr("value"));
        assertEquals("noindex", results.selectFirst("meta[name=robots]").attr("content"));
    }

    @Test
    void searchByCategoryPagesThroughTheCodesBelowIt() {
        Document first = get("/search?category=M61", 200);
        assertEquals(20, first.select("ol.results > li").size());
        String next = first.selectFirst("a[rel=next]").attr("href");
        Document second = get(next, 200);
        assertTrue(second.select("ol.results > li").size() > 0);
        assertTrue(first.select("ol.results a").eachAttr("href").stream()
                .noneMatch(second.select("ol.results a").eachAttr("href")::contains));
    }

    @Test
    void anInvalidSearchSaysWhatIsWrong() {
        Document page = get("/search?q=" + "a".repeat(201), 400);
        assertEquals(
                "The q must be at most 200 characters.",
                page.selectFirst("[role=alert]").text());
    }
}
