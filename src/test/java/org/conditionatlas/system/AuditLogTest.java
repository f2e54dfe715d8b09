package org.conditionatlas.system;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.agroal.api.AgroalDataSource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.conditionatlas.auth.Readers;
import org.junit.jupiter.api.Test;

@QuarkusTest
class AuditLogTest {

    @Inject
    AgroalDataSource dataSource;

    @Test
    void securityEventsAreRecordedWithoutPasswordsOrTokens() throws Exception {
        Readers.SignedIn reader = Readers.newMember();
        given().contentType(ContentType.JSON)
                .body(Map.of("email", reader.email(), "password", "wrong passphrase here"))
                .when()
                .post("/api/v1/auth/token")
                .then()
                .statusCode(401);
        given().contentType(ContentType.JSON)
                .body(Map.of("refresh_token", reader.refreshToken()))
                .when()
                .post("/api/v1/auth/refresh")
                .then()
                .statusCode(200);

        List<String> actions = new ArrayList<>();
        List<String> rows = new ArrayList<>();
        try (Connection c = dataSource.getConnection();
                PreparedStatement q = c.prepareStatement(
                        "SELECT action, coalesce(subject, ''), CAST(details AS text) FROM audit_event ORDER BY id")) {
            try (ResultSet rs = q.executeQuery()) {
                while (rs.next()) {
                    actions.add(rs.getString(1) + " " + rs.getString(2));
                    rows.add(rs.getString(1) + rs.getString(2) + rs.getString(3));
                }
            }
        }
        assertTrue(actions.contains("account.signed-up " + reader.email()), actions.toString());
        assertTrue(actions.contains("auth.logged-in " + reader.email()));
        assertTrue(actions.contains("auth.log-in-failed " + reader.email()));
        for (String row : rows) {
            assertFalse(row.contains(Readers.PASSWORD) || row.contains("wrong passphrase here"), row);
            assertFalse(row.contains(reader.refreshToken()) || row.contains(reader.accessToken()), row);
        }
    }
}
