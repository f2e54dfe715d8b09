package org.conditionatlas.web;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;

import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

/** What search engines read besides the pages, and headers that keep other tools working. */
@QuarkusTest
class CrawlerTest {

    @Test
    void robotsTxtPointsToTheSitemapAndKeepsCrawlersOffPrivatePages() {
        given().when()
                .get("/robots.txt")
                .then()
                .statusCode(200)
                .contentType("text/plain")
                .body(containsString("Sitemap: http://localhost:8080/sitemap.xml"))
                .body(containsString("Disallow: /account"))
                .body(containsString("Disallow: /login"))
                .body(containsString("Disallow: /search"))
                .body(not(containsString("Disallow: /conditions")));
    }

    @Test
    void theSitemapListsEveryPublishedArticleAndNoText() {
        given().when()
                .get("/sitemap.xml")
                .then()
                .statusCode(200)
                .contentType("application/xml")
                .body(
                        "urlset.url.loc",
                        org.hamcrest.Matchers.hasItems(
                                "http://localhost:8080/",
                                "http://localhost:8080/conditions/M61.28",
                                "http://localhost:8080/conditions/E11.9"))
                .body(
                        "urlset.url.find { it.loc == 'http://localhost:8080/conditions/M61.28' }" + ".lastmod",
                        org.hamcrest.Matchers.notNullValue())
                .body(not(containsString("ossification")));
    }

    @Test
    void swaggerUiKeepsItsScriptsWhileEveryResponseGetsTheBasicHeaders() {
        given().when()
                .get("/q/swagger-ui/index.html")
                .then()
                .statusCode(200)
                .header("Content-Security-Policy", nullValue())
                .header("X-Content-Type-Options", "nosniff");
        given().when()
                .get("/media/conditions/M61.28.svg")
                .then()
                .statusCode(200)
                .header("X-Content-Type-Options", "nosniff")
                .header("Content-Security-Policy", containsString("sandbox"));
    }
}
