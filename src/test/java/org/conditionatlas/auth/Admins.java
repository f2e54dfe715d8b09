package org.conditionatlas.auth;

import static io.restassured.RestAssured.given;

import io.restassured.http.ContentType;
import java.util.List;
import java.util.Map;

/** The test profile's admin (atlas.admin.* in application.properties), and what tests ask of it. */
public final class Admins {

    private Admins() {}

    public static String bearer() {
        return Readers.logIn("admin@atlas.test", "test admin passphrase 2026").bearer();
    }

    public static String accountId(String email) {
        return given().header("Authorization", bearer())
                .queryParam("email", email)
                .when()
                .get("/api/v1/admin/accounts")
                .then()
                .statusCode(200)
                .extract()
                .path("items[0].account.id");
    }

    /** Makes the account an editor; its next log-in carries the role. */
    public static Readers.SignedIn newEditor() {
        Readers.SignedIn member = Readers.newMember();
        given().header("Authorization", bearer())
                .contentType(ContentType.JSON)
                .body(Map.of("roles", List.of("editor")))
                .when()
                .put("/api/v1/admin/accounts/" + accountId(member.email()) + "/roles")
                .then()
                .statusCode(200);
        return Readers.logIn(member.email(), member.password());
    }
}
