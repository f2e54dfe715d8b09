package org.conditionatlas.system;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;

import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

@QuarkusTest
class OperationsTest {

    @Test
    void healthIsUpWithTheDatabase() {
        given().when().get("/q/health/ready").then().statusCode(200).body("status", equalTo("UP"));
        given().when().get("/q/health/live").then().statusCode(200).body("status", equalTo("UP"));
    }

    @Test
    void metricsArePublishedForPrometheus() {
        given().when().get("/api/v1/conditions/M61.28").then().statusCode(200);
        given().when()
                .get("/q/metrics")
                .then()
                .statusCode(200)
                .body(containsString("http_server_requests_seconds_count"))
                .body(containsString("cache_gets_total"));
    }

    @Test
    void theOpenApiDocumentDescribesTheContract() {
        given().queryParam("format", "json")
                .when()
                .get("/q/openapi")
                .then()
                .statusCode(200)
                .body("paths.'/api/v1/conditions/{code}'.get.responses.'404'.description", containsString("closest"))
                .body(
                        "paths.'/api/v1/conditions/{code}'.get.responses.'404'.content.'application/problem+json'.schema.$ref",
                        equalTo("#/components/schemas/Problem"))
                .body(
                        "paths.'/api/v1/auth/token'.post.responses.'500'.content.'application/problem+json'.schema.$ref",
                        equalTo("#/components/schemas/Problem"))
                .body("components.schemas.Problem.required", org.hamcrest.Matchers.hasItems("type", "title", "status"))
                .body(
                        "paths.'/api/v1/conditions'.get.parameters.name",
                        org.hamcrest.Matchers.hasItems("q", "limit", "cursor", "chapter", "category"));
        given().when().get("/q/swagger-ui/").then().statusCode(200);
    }
}
