package org.conditionatlas.catalog.content;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.nio.file.Files;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

@QuarkusTest
class ContentLoaderTest {

    @Inject
    ContentLoader loader;

    @Test
    void loadingTheShippedBundleAgainChangesNothing() {
        String before = given().when()
                .get("/api/v1/conditions/M61.28")
                .then()
                .statusCode(200)
                .extract()
                .asString();
        ContentLoadReport report = loader.load(ContentBundle.shipped(), List.of());
        assertEquals(0, report.codesChanged());
        assertEquals(0, report.articlesCreated());
        assertEquals(0, report.articlesUpdated());
        assertEquals(14, report.articlesUnchanged());
        String after = given().when()
                .get("/api/v1/conditions/M61.28")
                .then()
                .statusCode(200)
                .body("revision", equalTo(1))
                .extract()
                .asString();
        assertEquals(before, after);
    }

    @Test
    void aBrokenFileIsReportedWithItsNameAndLineAndChangesNothing() throws Exception {
        String good = TestBundles.article(
                "M61.211",
                "Paralytic calcification and ossification of muscle, right shoulder",
                "Would be new.",
                "Would be new treatment text.");
        String broken = TestBundles.article(
                        "M61.212",
                        "Paralytic calcification and ossification of muscle, left shoulder",
                        "Text.",
                        "More text.")
                .replace("{#treatment}", "{#cure}");
        ContentBundle bundle = TestBundles.withArticles(Map.of("M61.211", good, "M61.212", broken));
        // A new code in the bundle's code set must not be written either.
        Files.writeString(
                bundle.root().resolve("icd10cm/codes.txt"),
                String.format(
                        "%05d %-7s %s %-60s %s%n",
                        99999, "M612Q", "1", "Test code", "Test code that must not be written"),
                java.nio.file.StandardOpenOption.APPEND);

        ContentLoadException e = assertThrows(ContentLoadException.class, () -> loader.load(bundle, List.of()));
        assertTrue(e.getMessage().startsWith("conditions/M61.212.md:10: unknown aspect 'cure'"), e.getMessage());

        given().when().get("/api/v1/conditions/M61.211").then().statusCode(200).body("hasArticle", equalTo(false));
        given().when().get("/api/v1/conditions/M61.2Q").then().statusCode(404);
    }

    @Test
    void anArticleForACodeOutsideTheCodeSetIsRefusedByFileNameAndChangesNothing() {
        String good = TestBundles.article(
                "M61.219",
                "Paralytic calcification and ossification of muscle, unspecified shoulder",
                "Would be new.",
                "Would be new treatment text.");
        String orphan = TestBundles.article("M61.29", "Not in the code set", "Text.", "More text.");
        ContentBundle bundle = TestBundles.withArticles(Map.of("M61.219", good, "M61.29", orphan));

        ContentLoadException e = assertThrows(ContentLoadException.class, () -> loader.load(bundle, List.of()));
        assertTrue(e.getMessage().startsWith("conditions/M61.29.md"), e.getMessage());
        assertTrue(e.getMessage().contains("not in the ICD-10-CM code set"), e.getMessage());
        given().when().get("/api/v1/conditions/M61.219").then().statusCode(200).body("hasArticle", equalTo(false));
    }

    @Test
    void aBrokenHierarchyTableIsReportedWithItsLine() throws Exception {
        ContentBundle bundle = TestBundles.withArticles(Map.of());
        Files.writeString(bundle.root().resolve("icd10cm/blocks.tsv"), "first\tlast\ttitle\nM60\tM63\n");
        ContentLoadException e = assertThrows(ContentLoadException.class, () -> loader.load(bundle, List.of()));
        assertEquals("icd10cm/blocks.tsv", e.file());
        assertEquals(2, e.line());
        assertFalse(e.getMessage().isBlank());
    }
}
