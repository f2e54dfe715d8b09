package org.conditionatlas.catalog;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.emptyIterable;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasKey;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

@QuarkusTest
class ConditionResourceTest {

    static final String SEED = "/api/v1/conditions/M61.28";

    /** The treatment as the bundle holds it, with Markdown markers removed. */
    static String fullTreatmentText() throws Exception {
        String file = Files.readString(Path.of("seeds/conditions/M61.28.md"));
        return sectionText(file, "{#treatment}");
    }

    /** A section's text in the bundle file, up to the next section, with Markdown markers removed. */
    static String sectionText(String file, String anchor) {
        String rest = file.substring(file.indexOf(anchor) + anchor.length());
        int next = rest.indexOf("\n## ");
        String section = next < 0 ? rest : rest.substring(0, next);
        return section.replaceAll("[#*_]", "").replaceAll("\\s+", " ").strip();
    }

    @Test
    void anonymousReaderGetsTheSummaryAndOnlyAPreviewOfTheTreatment() {
        given().when()
                .get(SEED)
                .then()
                .statusCode(200)
                .contentType("application/json")
                .body("code", equalTo("M61.28"))
                .body("title", equalTo("Paralytic calcification and ossification of muscle, other site"))
                .body("sections.find { it.aspect == 'overview' }.access", equalTo("granted"))
                .body("sections.find { it.aspect == 'overview' }.body", startsWith("Paralytic calcification"))
                .body("sections.find { it.aspect == 'treatment' }.access", equalTo("locked"))
                .body("sections.find { it.aspect == 'treatment' }.requiredTier", equalTo("member"))
                .body("sections.find { it.aspect == 'treatment' }", not(hasKey("body")))
                .body("sections.find { it.aspect == 'treatment' }.preview", startsWith("Treatment Options for"))
                .body("sections.find { it.aspect == 'treatment' }.preview", endsWith("..."))
                .body(
                        "sections.find { it.aspect == 'treatment' }.unlock.message",
                        equalTo("To see full information about treatment please Sign up or Log in"))
                .body(
                        "sections.find { it.aspect == 'treatment' }.unlock.signUp",
                        containsString("/signup?next=%2Fconditions%2FM61.28"))
                .body(
                        "sections.find { it.aspect == 'treatment' }.unlock.logIn",
                        containsString("/login?next=%2Fconditions%2FM61.28"));
    }

    @Test
    void theSeedPageHasAllItsParts() {
        given().when()
                .get(SEED)
                .then()
                .statusCode(200)
                .body("category.code", equalTo("M61.2"))
                .body("category.title", equalTo("Paralytic calcification and ossification of muscle"))
                .body("chapter.code", equalTo("13"))
                .body("chapter.title", equalTo("Diseases of the musculoskeletal system and connective tissue"))
                .body("block.code", equalTo("M60-M63"))
                .body("illustration.url", equalTo("/media/conditions/M61.28.svg"))
                .body("illustration.alt", not(equalTo("")))
                .body(
                        "sections.aspect",
                        contains(
                                "overview",
                                "symptoms",
                                "diagnosis",
                                "causes",
                                "risk-factors",
                                "complications",
                                "see-doctor",
                                "summary",
                                "treatment",
                                "clinical-management"))
                .body("hasArticle", equalTo(true))
                .body("sample", equalTo(true))
                .body("reviewedAt", equalTo("2026-11-01T00:00:00Z"))
                .body("updatedAt", notNullValue())
                .body("disclaimer", containsString("not medical advice"));
        given().when()
                .get("/media/conditions/M61.28.svg")
                .then()
                .statusCode(200)
                .contentType("image/svg+xml");
    }

    @Test
    void noLockedTextAppearsAnywhereInTheResponse() throws Exception {
        String response =
                given().when().get(SEED).then().statusCode(200).extract().asString();
        String preview = JsonPath.from(response).getString("sections.find { it.aspect == 'treatment' }.preview");
        String previewWords = preview.substring(0, preview.length() - 3);
        String full = fullTreatmentText();
        assertTrue(full.startsWith(previewWords), "the full text starts with the preview's words");

        String locked = full.substring(previewWords.length());
        List<String> lockedSentences = Arrays.stream(locked.split("(?<=[.!?]) "))
                .map(String::strip)
                .filter(s -> s.length() > 25)
                .toList();
        assertFalse(lockedSentences.isEmpty());
        for (String sentence : lockedSentences) {
            assertFalse(response.contains(sentence), "locked text leaked: " + sentence);
        }
        for (String word : List.of("indomethacin", "Indomethacin", "etidronate", "bisphosphonate")) {
            assertTrue(full.contains(word) || full.toLowerCase().contains(word.toLowerCase()), word);
            assertFalse(response.toLowerCase().contains(word.toLowerCase()), word);
        }
    }

    @Test
    void aCodeIsFoundInAnyCaseWithOrWithoutItsDot() {
        for (String code : List.of("m6128", "M6128", "m61.28", "M61.28")) {
            given().when()
                    .get("/api/v1/conditions/" + code)
                    .then()
                    .statusCode(200)
                    .body("code", equalTo("M61.28"));
        }
    }

    @Test
    void aMalformedCodeIsA400Problem() {
        for (String code : List.of("X1", "61M", "M61..2", "M61.28901", "hello")) {
            given().when()
                    .get("/api/v1/conditions/" + code)
                    .then()
                    .statusCode(400)
                    .contentType("application/problem+json")
                    .body("type", equalTo("/problems/malformed-code"))
                    .body("title", equalTo("Malformed condition code"))
                    .body("status", equalTo(400))
                    .body("detail", containsString("is not an ICD-10-CM code"));
        }
    }

    @Test
    void anUnknownCodeIs404NamingTheClosestKnownAncestor() {
        given().when()
                .get("/api/v1/conditions/m6129")
                .then()
                .statusCode(404)
                .contentType("application/problem+json")
                .body("type", equalTo("/problems/unknown-condition"))
                .body("status", equalTo(404))
                .body("detail", containsString("M61.29"))
                .body("closest.code", equalTo("M61.2"))
                .body("closest.title", equalTo("Paralytic calcification and ossification of muscle"));
        given().when().get("/api/v1/conditions/Z99.89").then().statusCode(404).body("closest", nullValue());
    }

    @Test
    void aCodeWithoutAnArticleStillHasItsTitleAndPlace() {
        given().when()
                .get("/api/v1/conditions/M61.2")
                .then()
                .statusCode(200)
                .body("code", equalTo("M61.2"))
                .body("title", equalTo("Paralytic calcification and ossification of muscle"))
                .body("category.code", equalTo("M61"))
                .body("chapter.code", equalTo("13"))
                .body("hasArticle", equalTo(false))
                .body("sections", emptyIterable())
                .body("illustration", nullValue());
    }

    @Test
    void aPublicReadCarriesAStrongEtagAndAnsweresIfNoneMatchWith304() {
        String etag = given().when()
                .get(SEED)
                .then()
                .statusCode(200)
                .header("Cache-Control", equalTo("public, max-age=300"))
                .header("Vary", containsString("Authorization"))
                .header("ETag", startsWith("\""))
                .extract()
                .header("ETag");
        given().header("If-None-Match", etag)
                .when()
                .get(SEED)
                .then()
                .statusCode(304)
                .header("ETag", equalTo(etag))
                .header("Cache-Control", equalTo("public, max-age=300"));
        given().header("If-None-Match", "\"another\", " + etag)
                .when()
                .get(SEED)
                .then()
                .statusCode(304);
        given().header("If-None-Match", "\"another\"").when().get(SEED).then().statusCode(200);
        String other =
                given().when().get("/api/v1/conditions/m6128").then().extract().header("ETag");
        assertTrue(etag.equals(other), "the same representation has the same tag");
        String neighbour =
                given().when().get("/api/v1/conditions/M61.2").then().extract().header("ETag");
        assertNotEquals(etag, neighbour);
    }
}
