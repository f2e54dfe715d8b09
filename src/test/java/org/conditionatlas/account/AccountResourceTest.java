package org.conditionatlas.account;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.emptyIterable;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasKey;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.notNullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
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
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.conditionatlas.auth.Readers;
import org.junit.jupiter.api.Test;

@QuarkusTest
class AccountResourceTest {

    @Inject
    AgroalDataSource dataSource;

    private static io.restassured.response.ValidatableResponse signUp(Map<String, Object> body) {
        return given().contentType(ContentType.JSON)
                .body(body)
                .when()
                .post("/api/v1/accounts")
                .then();
    }

    @Test
    void signUpCreatesAMemberAndNeverShowsThePassword() {
        String email = Readers.newEmail();
        String body = signUp(Map.of("email", email, "password", Readers.PASSWORD, "displayName", "Ada"))
                .statusCode(201)
                .header("Location", endsWith("/api/v1/me"))
                .body("id", notNullValue())
                .body("email", equalTo(email))
                .body("displayName", equalTo("Ada"))
                .body("tier", equalTo("member"))
                .body("roles", emptyIterable())
                .body("createdAt", notNullValue())
                .body("$", not(hasKey("password")))
                .body("$", not(hasKey("passwordHash")))
                .extract()
                .asString();
        assertFalse(body.contains(Readers.PASSWORD));
        assertFalse(body.contains("argon2"));
    }

    @Test
    void passwordsAreStoredOnlyAsArgon2idHashesWithOwaspParameters() throws Exception {
        String email = Readers.signUp(Readers.newEmail(), Readers.PASSWORD);
        try (Connection c = dataSource.getConnection();
                PreparedStatement q = c.prepareStatement("SELECT password_hash FROM account WHERE email = ?")) {
            q.setString(1, email);
            try (ResultSet rs = q.executeQuery()) {
                assertTrue(rs.next());
                String hash = rs.getString(1);
                assertTrue(hash.startsWith("$argon2id$v=19$m=19456,t=2,p=1$"), hash);
                assertFalse(hash.contains(Readers.PASSWORD));
            }
        }
    }

    @Test
    void aHashOfAnOlderLowerCostIsUpgradedAtTheNextLogIn() throws Exception {
        String email = Readers.signUp(Readers.newEmail(), Readers.PASSWORD);
        PasswordHasher cheaper = new PasswordHasher(new PasswordConfig() {
            @Override
            public int memoryKib() {
                return 8192;
            }

            @Override
            public int iterations() {
                return 1;
            }

            @Override
            public int parallelism() {
                return 1;
            }
        });
        try (Connection c = dataSource.getConnection();
                PreparedStatement update = c.prepareStatement("UPDATE account SET password_hash = ? WHERE email = ?")) {
            update.setString(1, cheaper.hash(Readers.PASSWORD));
            update.setString(2, email);
            assertEquals(1, update.executeUpdate());
        }
        Readers.logIn(email, Readers.PASSWORD);
        try (Connection c = dataSource.getConnection();
                PreparedStatement q = c.prepareStatement("SELECT password_hash FROM account WHERE email = ?")) {
            q.setString(1, email);
            try (ResultSet rs = q.executeQuery()) {
                assertTrue(rs.next());
                assertTrue(rs.getString(1).startsWith("$argon2id$v=19$m=19456,t=2,p=1$"), rs.getString(1));
            }
        }
        Readers.logIn(email, Readers.PASSWORD);
    }

    @Test
    void anEmailIsTakenWhateverItsCase() {
        String email = Readers.signUp(Readers.newEmail(), Readers.PASSWORD);
        signUp(Map.of("email", "  " + email.toUpperCase() + " ", "password", Readers.PASSWORD))
                .statusCode(409)
                .contentType("application/problem+json")
                .body("type", equalTo("/problems/email-taken"))
                .body("status", equalTo(409));
    }

    @Test
    void invalidEmailsAndWeakPasswordsAre400sNamingTheField() {
        Map<String, String> badPasswords = Map.of(
                "short", "short pass",
                "long", "x".repeat(129),
                "common", "123qweasdzxc",
                "common in other case", "1Q2W3E4R5T6Y");
        badPasswords.forEach((why, password) -> signUp(Map.of("email", Readers.newEmail(), "password", password))
                .statusCode(400)
                .contentType("application/problem+json")
                .body("type", equalTo("/problems/invalid-request"))
                .body("errors.field", contains("password")));
        String email = Readers.newEmail();
        signUp(Map.of("email", email, "password", email)).statusCode(400).body("errors.field", contains("password"));
        for (String badEmail : List.of("not-an-email", "a@b", "two@@example.org", "")) {
            signUp(Map.of("email", badEmail, "password", Readers.PASSWORD))
                    .statusCode(400)
                    .body("errors.field", everyItem(equalTo("email")));
        }
        signUp(Map.of("password", Readers.PASSWORD)).statusCode(400).body("errors.field", contains("email"));
        String accepted128 = "y".repeat(120) + " 8 chars";
        signUp(Map.of("email", Readers.newEmail(), "password", accepted128)).statusCode(201);
    }

    @Test
    void tierAndRolesCannotBeSetAtSignUp() {
        String email = Readers.newEmail();
        signUp(Map.of(
                        "email",
                        email,
                        "password",
                        Readers.PASSWORD,
                        "tier",
                        "subscriber",
                        "roles",
                        List.of("admin", "editor"),
                        "id",
                        "00000000-0000-0000-0000-000000000001"))
                .statusCode(201)
                .body("tier", equalTo("member"))
                .body("roles", emptyIterable())
                .body("id", not(equalTo("00000000-0000-0000-0000-000000000001")));
        Readers.SignedIn reader = Readers.logIn(email, Readers.PASSWORD);
        given().header("Authorization", reader.bearer())
                .when()
                .get("/api/v1/me")
                .then()
                .statusCode(200)
                .body("tier", equalTo("member"))
                .body("roles", emptyIterable());
    }

    @Test
    void twentyConcurrentSignUpsWithOneEmailCreateExactlyOneAccount() throws Exception {
        String email = Readers.newEmail();
        ExecutorService pool = Executors.newFixedThreadPool(20);
        try {
            List<Callable<Integer>> calls = new ArrayList<>();
            for (int i = 0; i < 20; i++) {
                String variant = i % 2 == 0 ? email : email.toUpperCase();
                calls.add(() -> given().contentType(ContentType.JSON)
                        .body(Map.of("email", variant, "password", Readers.PASSWORD))
                        .when()
                        .post("/api/v1/accounts")
                        .then()
                        .extract()
                        .statusCode());
            }
            List<Integer> statuses = new ArrayList<>();
            for (Future<Integer> f : pool.invokeAll(calls)) {
                statuses.add(f.get());
            }
            assertEquals(1, statuses.stream().filter(s -> s == 201).count(), statuses.toString());
            assertEquals(19, statuses.stream().filter(s -> s == 409).count(), statuses.toString());
        } finally {
            pool.shutdownNow();
        }
        try (Connection c = dataSource.getConnection();
                PreparedStatement q = c.prepareStatement("SELECT count(*) FROM account WHERE email = ?")) {
            q.setString(1, email);
            try (ResultSet rs = q.executeQuery()) {
                rs.next();
                assertEquals(1, rs.getInt(1));
            }
        }
    }

    @Test
    void aSignUpThatIsNotJsonIs415AndBrokenJsonIs400() {
        given().contentType(ContentType.TEXT)
                .body("email=a@b.org")
                .when()
                .post("/api/v1/accounts")
                .then()
                .statusCode(415)
                .contentType("application/problem+json");
        given().contentType(ContentType.JSON)
                .body("{\"email\":")
                .when()
                .post("/api/v1/accounts")
                .then()
                .statusCode(400)
                .contentType("application/problem+json")
                .body("type", equalTo("/problems/malformed-body"));
        given().contentType(ContentType.JSON)
                .when()
                .post("/api/v1/accounts")
                .then()
                .statusCode(400)
                .contentType("application/problem+json");
    }

    @Test
    void aTwoMegabyteBodyIs413AndCreatesNothing() {
        String email = Readers.newEmail();
        String huge = "{\"email\":\"" + email + "\",\"password\":\"" + "p".repeat(2 * 1024 * 1024) + "\"}";
        assertTrue(huge.length() > 2 * 1024 * 1024 && huge.length() < 2 * 1024 * 1024 + 200);
        given().contentType(ContentType.JSON)
                .body(huge)
                .when()
                .post("/api/v1/accounts")
                .then()
                .statusCode(413)
                .contentType("application/problem+json")
                .body("status", equalTo(413));
        // Nothing was created: the address is still free.
        Readers.signUp(email, Readers.PASSWORD);
    }
}
