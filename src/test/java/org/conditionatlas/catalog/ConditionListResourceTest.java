package org.conditionatlas.catalog;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

@QuarkusTest
class ConditionListResourceTest {

    static final String LIST = "/api/v1/conditions";

    static JsonPath page(Map<String, ?> params) {
        return given().queryParams(params)
                .when()
                .get(LIST)
                .then()
                .statusCode(200)
                .extract()
                .jsonPath();
    }

    /** Every code the list gives for these parameters, following the cursors. */
    static List<String> allCodes(Map<String, Object> params, int limit) {
        List<String> codes = new ArrayList<>();
        String cursor = null;
        int pages = 0;
        do {
            Map<String, Object> query = new java.util.HashMap<>(params);
            query.put("limit", limit);
            if (cursor != null) {
                query.put("cursor", cursor);
            }
            JsonPath page = page(query);
            List<String> items = page.getList("items.code");
            assertTrue(items.size() <= limit);
            codes.addAll(items);
            cursor = page.getString("nextCursor");
            assertTrue(++pages < 10_000, "paging must end");
        } while (cursor != null);
        return codes;
    }

    @Test
    void listsTwentyCodesInCodeOrderByDefault() {
        JsonPath page = page(Map.of());
        List<String> codes = page.getList("items.code");
        assertEquals(20, codes.size());
        List<String> sorted = new ArrayList<>(codes);
        sorted.sort(String::compareTo);
        assertEquals(sorted, codes);
        assertTrue(page.getString("nextCursor") != null);
        Map<String, Object> e119 = page.getMap("items.find { it.code == 'E11.9' }");
        assertEquals(Map.of("code", "E11", "title", "Type 2 diabetes mellitus"), e119.get("category"));
        assertEquals(true, e119.get("hasArticle"));
        assertTrue(((String) e119.get("excerpt")).startsWith("Type 2 diabetes"));
    }

    @Test
    void pagingVisitsEveryCodeOnceWhateverThePageSize() {
        List<String> bySeven = allCodes(Map.of(), 7);
        List<String> byHundred = allCodes(Map.of(), 100);
        assertEquals(byHundred, bySeven);
        assertEquals(bySeven.size(), new HashSet<>(bySeven).size(), "no code twice");
        assertTrue(bySeven.contains("M61.28") && bySeven.contains("M61.2") && bySeven.contains("I10"));
    }

    @Test
    void searchingByCodePrefixPutsTheCodeAndItsChildrenFirst() {
        JsonPath page = page(Map.of("q", "m61.2", "limit", 5));
        assertEquals("M61.2", page.getString("items[0].code"));
        assertTrue(page.getList("items.code", String.class).stream().allMatch(c -> c.startsWith("M61.2")));
        List<String> all = allCodes(Map.of("q", "M612"), 50);
        assertTrue(all.contains("M61.28") && all.contains("M61.279"));
        assertEquals(all.size(), new HashSet<>(all).size());
    }

    @Test
    void searchingByWordsRanksTitleMatchesFirstAndToleratesATypo() {
        assertEquals("J45.909", page(Map.of("q", "asthma", "limit", 3)).getString("items[0].code"));
        assertEquals("E11.9", page(Map.of("q", "diabtes", "limit", 3)).getString("items[0].code"));
        assertEquals("I10", page(Map.of("q", "hypertenson", "limit", 3)).getString("items[0].code"));
        assertEquals(
                "M61.28",
                page(Map.of("q", "paralytic ossification", "limit", 3)).getString("items[0].code"));
        assertTrue(
                page(Map.of("q", "heterotopic", "limit", 10))
                        .getList("items.code")
                        .contains("M61.28"),
                "public article text is searchable");
    }

    @Test
    void gatedTextIsNeverSearchableAndExcerptsComeOnlyFromPublicSections() throws Exception {
        // Words that stand only in M61.28's treatment, which needs a member.
        assertEquals(List.of(), page(Map.of("q", "indomethacin")).getList("items"));
        assertEquals(List.of(), page(Map.of("q", "etidronate")).getList("items"));

        String treatment = ConditionResourceTest.fullTreatmentText();
        String response = given().queryParam("q", "ossification")
                .queryParam("limit", 100)
                .when()
                .get(LIST)
                .then()
                .statusCode(200)
                .extract()
                .asString();
        String excerpt = JsonPath.from(response).getString("items.find { it.code == 'M61.28' }.excerpt");
        assertTrue(
                excerpt.startsWith("Paralytic calcification and ossification of muscle, other site, is a rare"),
                excerpt);
        assertFalse(response.contains(treatment.substring(200, 260)));
    }

    @Test
    void filtersKeepOneChapterOneCategoryOrTheCodesWithArticles() {
        List<String> chapter13 = allCodes(Map.of("chapter", "13"), 100);
        assertFalse(chapter13.isEmpty());
        assertTrue(chapter13.stream().allMatch(c -> c.startsWith("M")), chapter13.toString());

        List<String> belowM612 = allCodes(Map.of("category", "m61.2"), 100);
        assertTrue(belowM612.contains("M61.28"));
        assertFalse(belowM612.contains("M61.2"));
        assertTrue(belowM612.stream().allMatch(c -> c.startsWith("M61.2")));

        given().queryParam("hasArticle", "true")
                .queryParam("limit", 100)
                .when()
                .get(LIST)
                .then()
                .statusCode(200)
                .body("items.hasArticle", everyItem(equalTo(true)))
                .body("items.excerpt", everyItem(notNullValue()))
                .body("items.code", org.hamcrest.Matchers.hasItems("M61.28", "E11.9", "I10"));
        given().queryParam("hasArticle", "false")
                .queryParam("category", "M61.2")
                .when()
                .get(LIST)
                .then()
                .statusCode(200)
                .body("items.code", not(org.hamcrest.Matchers.hasItem("M61.28")));
    }

    @Test
    void invalidParametersAre400ProblemsNamingTheParameter() {
        Map<String, String> bad = Map.of(
                "limit",
                "0",
                "chapter",
                "thirteen",
                "category",
                "not-a-code",
                "cursor",
                "garbage!",
                "hasArticle",
                "maybe");
        bad.forEach((name, value) -> given().queryParam(name, value)
                .when()
                .get(LIST)
                .then()
                .statusCode(400)
                .contentType("application/problem+json")
                .body("type", equalTo("/problems/invalid-request"))
                .body("status", equalTo(400))
                .body("errors", hasSize(1))
                .body("errors[0].field", equalTo(name)));
        for (String limit : List.of("101", "-1", "abc", "1.5")) {
            given().queryParam("limit", limit)
                    .when()
                    .get(LIST)
                    .then()
                    .statusCode(400)
                    .body("errors[0].field", equalTo("limit"));
        }
        given().queryParam("q", "x".repeat(201))
                .when()
                .get(LIST)
                .then()
                .statusCode(400)
                .body("errors[0].field", equalTo("q"));
        given().queryParam("limit", "100")
                .when()
                .get(LIST)
                .then()
                .statusCode(200)
                .body("items", hasSize(100));
    }

    @Test
    void aListIsPublicAndCacheableWithAnEtag() {
        String etag = given().queryParam("q", "asthma")
                .when()
                .get(LIST)
                .then()
                .statusCode(200)
                .header("Cache-Control", startsWith("public, max-age="))
                .header("Vary", equalTo("Authorization"))
                .extract()
                .header("ETag");
        given().queryParam("q", "asthma")
                .header("If-None-Match", etag)
                .when()
                .get(LIST)
                .then()
                .statusCode(304);
    }
}
