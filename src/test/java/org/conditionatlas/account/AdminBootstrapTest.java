package org.conditionatlas.account;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.equalTo;

import io.quarkus.test.junit.QuarkusTest;
import org.conditionatlas.auth.Readers;
import org.junit.jupiter.api.Test;

@QuarkusTest
class AdminBootstrapTest {

    @Test
    void theConfiguredAdminIsCreatedAtStartWithItsRoles() {
        Readers.SignedIn admin = Readers.logIn("admin@atlas.test", "test admin passphrase 2026");
        given().header("Authorization", admin.bearer())
                .when()
                .get("/api/v1/me")
                .then()
                .statusCode(200)
                .body("roles", containsInAnyOrder("admin", "editor"))
                .body("tier", equalTo("subscriber"));
    }
}
