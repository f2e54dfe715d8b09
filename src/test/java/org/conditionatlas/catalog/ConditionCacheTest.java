package org.conditionatlas.catalog;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Map;
import org.conditionatlas.catalog.content.ContentLoader;
import org.conditionatlas.catalog.content.TestBundles;
import org.hibernate.SessionFactory;
import org.junit.jupiter.api.Test;

@QuarkusTest
class ConditionCacheTest {

    @Inject
    SessionFactory sessionFactory;

    @Inject
    ContentLoader loader;

    @Test
    void aRepeatedReadCostsNoDatabaseRoundTrip() {
        given().when().get("/api/v1/conditions/I10").then().statusCode(200);
        var statistics = sessionFactory.getStatistics();
        statistics.clear();
        for (int i = 0; i < 5; i++) {
            given().when().get("/api/v1/conditions/i10").then().statusCode(200);
        }
        assertEquals(0, statistics.getPrepareStatementCount(), "statements prepared by cached reads");
    }

    @Test
    void aListPageWithExcerptsAndCategoriesIsOneStatement() {
        var statistics = sessionFactory.getStatistics();
        statistics.clear();
        given().queryParam("limit", 100)
                .when()
                .get("/api/v1/conditions")
                .then()
                .statusCode(200)
                .body("items.find { it.code == 'E11.9' }.excerpt", org.hamcrest.Matchers.startsWith("Type 2 diabetes"))
                .body("items.find { it.code == 'E11.9' }.category.title", equalTo("Type 2 diabetes mellitus"));
        assertEquals(1, statistics.getPrepareStatementCount(), "statements prepared by one list page");
    }

    @Test
    void changedContentIsServedAtOnceWithANewEtagAndRevision() {
        String code = "M61.221";
        String first = TestBundles.article(
                code,
                "Paralytic calcification and ossification of muscle, right upper arm",
                "First wording of the overview.",
                "Treatment text for the first revision, long enough to preview.");
        loader.load(TestBundles.withArticles(Map.of(code, first)), List.of());
        String firstTag = given().when()
                .get("/api/v1/conditions/" + code)
                .then()
                .statusCode(200)
                .body("sections[0].body", equalTo("First wording of the overview."))
                .body("revision", equalTo(1))
                .extract()
                .header("ETag");

        String second = first.replace("First wording", "Second wording");
        loader.load(TestBundles.withArticles(Map.of(code, second)), List.of());
        String secondTag = given().when()
                .get("/api/v1/conditions/" + code)
                .then()
                .statusCode(200)
                .body("sections[0].body", equalTo("Second wording of the overview."))
                .body("revision", equalTo(2))
                .extract()
                .header("ETag");
        assertNotEquals(firstTag, secondTag);
        given().header("If-None-Match", firstTag)
                .when()
                .get("/api/v1/conditions/" + code)
                .then()
                .statusCode(200);
    }

    @Test
    void aRepeatedSearchCostsNoDatabaseRoundTripAndNewContentIsFoundAtOnce() {
        given().queryParam("q", "heterotopic")
                .when()
                .get("/api/v1/conditions")
                .then()
                .statusCode(200);
        var statistics = sessionFactory.getStatistics();
        statistics.clear();
        given().queryParam("q", "heterotopic")
                .when()
                .get("/api/v1/conditions")
                .then()
                .statusCode(200);
        assertEquals(0, statistics.getPrepareStatementCount(), "statements prepared by a cached search");

        given().queryParam("q", "quarantinedword")
                .when()
                .get("/api/v1/conditions")
                .then()
                .statusCode(200)
                .body("items", org.hamcrest.Matchers.empty());
        String code = "M61.241";
        loader.load(
                TestBundles.withArticles(Map.of(
                        code,
                        TestBundles.article(
                                code,
                                "Paralytic calcification and ossification of muscle, right hand",
                                "An overview with a quarantinedword in it.",
                                "Treatment text long enough to preview."))),
                List.of());
        given().queryParam("q", "quarantinedword")
                .when()
                .get("/api/v1/conditions")
                .then()
                .statusCode(200)
                .body("items.code", org.hamcrest.Matchers.contains(code));
    }

    @Inject
    io.agroal.api.AgroalDataSource dataSource;

    @Test
    void anEditCommittedByAnotherInstanceIsServedHereAtOnce() throws Exception {
        String code = "M61.242";
        loader.load(
                TestBundles.withArticles(Map.of(
                        code,
                        TestBundles.article(
                                code,
                                "Paralytic calcification and ossification of muscle, left hand",
                                "Written here.",
                                "Treatment text long enough to preview."))),
                List.of());
        given().when().get("/api/v1/conditions/" + code).then().body("sections[0].body", equalTo("Written here."));

        // What another instance's edit does to the database: the change, and the notification
        // that PostgreSQL delivers to every listening instance when the transaction commits.
        try (var connection = dataSource.getConnection()) {
            connection.setAutoCommit(false);
            try (var update = connection.prepareStatement(
                            "UPDATE article_section SET body = 'Written on another instance.'"
                                    + " WHERE article_code = ? AND aspect = 'overview'");
                    var notify = connection.prepareStatement("SELECT pg_notify('atlas_content', 'another-instance')")) {
                update.setString(1, code);
                update.executeUpdate();
                notify.execute();
            }
            connection.commit();
        }
        String body = null;
        for (int i = 0; i < 50 && !"Written on another instance.".equals(body); i++) {
            Thread.sleep(100);
            body = given().when()
                    .get("/api/v1/conditions/" + code)
                    .then()
                    .extract()
                    .path("sections[0].body");
        }
        assertEquals("Written on another instance.", body);
    }
}
