package org.conditionatlas.catalog.content;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItems;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

@QuarkusTest
class CodeSetImportTest {

    static final Path ORDER_FILE = Path.of("src/test/resources/icd10cm/order-sample.txt");

    @Inject
    ContentLoader loader;

    @Test
    void importsAnOfficialOrderFileWithItsHierarchyAndOnlyOnce() {
        loader.load(ContentBundle.shipped(), List.of(ORDER_FILE));

        given().when()
                .get("/api/v1/conditions/s72001a")
                .then()
                .statusCode(200)
                .body("code", equalTo("S72.001A"))
                .body(
                        "title",
                        equalTo("Fracture of unspecified part of neck of right femur, initial"
                                + " encounter for closed fracture"))
                .body("billable", equalTo(true))
                .body("category.code", equalTo("S72.001"))
                .body("chapter.code", equalTo("19"))
                .body("hasArticle", equalTo(false));
        given().when()
                .get("/api/v1/conditions/A01.00")
                .then()
                .statusCode(200)
                .body("category.code", equalTo("A01.0"))
                .body("chapter.code", equalTo("1"))
                .body("billable", equalTo(true));
        given().when()
                .get("/api/v1/conditions/A01.0")
                .then()
                .statusCode(200)
                .body("billable", equalTo(false))
                .body("category.code", equalTo("A01"));
        given().queryParam("category", "A01")
                .when()
                .get("/api/v1/conditions")
                .then()
                .statusCode(200)
                .body("items.code", hasItems("A01.0", "A01.00", "A01.09", "A01.1"));

        ContentLoadReport again = loader.load(ContentBundle.shipped(), List.of(ORDER_FILE));
        assertEquals(0, again.codesChanged());
    }
}
