package org.conditionatlas.billing;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.conditionatlas.auth.Admins;
import org.conditionatlas.auth.Readers;
import org.junit.jupiter.api.Test;

@QuarkusTest
class BillingEventsTest {

    static final String CLINICAL = "/api/v1/conditions/M61.28/sections/clinical-management";
    static final Instant NEXT_YEAR =
            Instant.now().plus(Duration.ofDays(365)).truncatedTo(java.time.temporal.ChronoUnit.SECONDS);

    /** The reader's tier as a freshly refreshed token carries it. */
    static String tierAfterRefresh(Readers.SignedIn reader) {
        Readers.SignedIn again = Readers.logIn(reader.email(), reader.password());
        return given().header("Authorization", again.bearer())
                .when()
                .get("/api/v1/me")
                .then()
                .statusCode(200)
                .extract()
                .path("tier");
    }

    static int clinical(Readers.SignedIn reader) {
        return given().header("Authorization", reader.bearer())
                .when()
                .get(CLINICAL)
                .then()
                .extract()
                .statusCode();
    }

    @Test
    void aSignedActivationMakesAMemberASubscriberWhoReadsSubscriberSections() {
        Readers.SignedIn reader = Readers.newMember();
        given().header("Authorization", reader.bearer())
                .when()
                .get(CLINICAL)
                .then()
                .statusCode(403)
                .contentType("application/problem+json")
                .body("type", equalTo("/problems/insufficient-tier"))
                .body("requiredTier", equalTo("subscriber"))
                .body("upgrade", containsString("/subscribe"))
                .body("signUp", nullValue());

        Webhooks.send(Webhooks.event("subscription.activated", reader.email(), NEXT_YEAR, null))
                .then()
                .statusCode(200)
                .body("status", equalTo("applied"));

        Readers.SignedIn refreshed = Readers.logIn(reader.email(), reader.password());
        assertEquals(200, clinical(refreshed));
        given().header("Authorization", refreshed.bearer())
                .when()
                .get(CLINICAL)
                .then()
                .header("Cache-Control", equalTo("private, no-store"))
                .body("body", containsString("Brooker"));
        given().header("Authorization", refreshed.bearer())
                .when()
                .get("/api/v1/me")
                .then()
                .body("tier", equalTo("subscriber"));
    }

    @Test
    void cancellationKeepsAccessUntilThePeriodEndsAndExpiryEndsItAtOnce() {
        Readers.SignedIn reader = Readers.newMember();
        Instant now = Instant.now();
        Webhooks.send(Webhooks.event("subscription.activated", reader.email(), NEXT_YEAR, now.minusSeconds(60)))
                .then()
                .statusCode(200);
        Webhooks.send(Webhooks.event("subscription.canceled", reader.email(), NEXT_YEAR, now.minusSeconds(30)))
                .then()
                .statusCode(200);
        Readers.SignedIn subscriber = Readers.logIn(reader.email(), reader.password());
        assertEquals("subscriber", tierAfterRefresh(reader));
        assertEquals(200, clinical(subscriber));

        Webhooks.send(Webhooks.event("subscription.expired", reader.email(), null, now))
                .then()
                .statusCode(200);
        // The subscriber token is refused at once, so the client refreshes and gets its real tier.
        assertEquals(401, clinical(subscriber));
        assertEquals("member", tierAfterRefresh(reader));
        assertEquals(403, clinical(Readers.logIn(reader.email(), reader.password())));
    }

    @Test
    void aPaidPeriodEndsByItselfWithoutAnyoneActing() throws Exception {
        Readers.SignedIn reader = Readers.newMember();
        Webhooks.send(Webhooks.event(
                        "subscription.activated", reader.email(), Instant.now().plusSeconds(2), null))
                .then()
                .statusCode(200);
        assertEquals("subscriber", tierAfterRefresh(reader));
        Thread.sleep(2_500);
        assertEquals("member", tierAfterRefresh(reader));
    }

    @Test
    void aReplayedEventIdChangesNothing() {
        Readers.SignedIn reader = Readers.newMember();
        String id = "evt_replay_" + java.util.UUID.randomUUID();
        Webhooks.send(Webhooks.event(id, "subscription.activated", reader.email(), NEXT_YEAR, null))
                .then()
                .statusCode(200)
                .body("status", equalTo("applied"));
        // The same id again, even with another body, is acknowledged and ignored.
        Webhooks.send(Webhooks.event(
                        id,
                        "subscription.expired",
                        reader.email(),
                        null,
                        Instant.now().plusSeconds(5)))
                .then()
                .statusCode(200)
                .body("status", equalTo("duplicate"));
        assertEquals("subscriber", tierAfterRefresh(reader));
    }

    @Test
    void eventsApplyInTheOrderOfTheirOwnTimesWhateverTheOrderTheyArrive() {
        Readers.SignedIn reader = Readers.newMember();
        Instant t = Instant.now().minus(Duration.ofMinutes(10));
        // Expiry (later) arrives before the activation (earlier): the reader ends as a member.
        Webhooks.send(Webhooks.event("subscription.expired", reader.email(), null, t.plusSeconds(120)))
                .then()
                .statusCode(200);
        Webhooks.send(Webhooks.event("subscription.activated", reader.email(), NEXT_YEAR, t))
                .then()
                .statusCode(200);
        assertEquals("member", tierAfterRefresh(reader));
        // A renewal after both brings the subscription back.
        Webhooks.send(Webhooks.event("subscription.renewed", reader.email(), NEXT_YEAR, t.plusSeconds(240)))
                .then()
                .statusCode(200);
        assertEquals("subscriber", tierAfterRefresh(reader));
    }

    @Test
    void parallelEventsForOneReaderEndInTheStateOfTheLatestEvent() throws Exception {
        Readers.SignedIn reader = Readers.newMember();
        Instant base = Instant.now().minus(Duration.ofMinutes(20));
        ExecutorService pool = Executors.newFixedThreadPool(8);
        try {
            List<Callable<Integer>> sends = new ArrayList<>();
            for (int i = 0; i < 8; i++) {
                Instant created = base.plusSeconds(60L * i);
                Instant periodEnd = NEXT_YEAR.plus(Duration.ofDays(i));
                sends.add(
                        () -> Webhooks.send(Webhooks.event("subscription.renewed", reader.email(), periodEnd, created))
                                .statusCode());
            }
            for (Future<Integer> status : pool.invokeAll(sends)) {
                assertEquals(200, status.get());
            }
        } finally {
            pool.shutdownNow();
        }
        String account = Admins.accountId(reader.email());
        given().header("Authorization", Admins.bearer())
                .when()
                .get("/api/v1/admin/accounts/" + account + "/grants")
                .then()
                .statusCode(200)
                .body(
                        "find { it.kind == 'subscription' }.endsAt",
                        equalTo(NEXT_YEAR.plus(Duration.ofDays(7)).toString()));
    }

    @Test
    void everyBadSignatureIs400AndChangesNothing() {
        Readers.SignedIn reader = Readers.newMember();
        String id = "evt_bad_" + java.util.UUID.randomUUID();
        String body = Webhooks.event(id, "subscription.activated", reader.email(), NEXT_YEAR, null);
        long now = Instant.now().getEpochSecond();
        String good = Webhooks.signature(body, now, Webhooks.SECRET);
        List<String> bad = List.of(
                "",
                "garbage",
                "t=" + now,
                "v1=" + good.substring(good.indexOf("v1=") + 3),
                Webhooks.signature(body, now, "another-secret"),
                Webhooks.signature(body, now - 400, Webhooks.SECRET),
                Webhooks.signature(body, now + 400, Webhooks.SECRET),
                "t=" + now + ",v1=not-hex",
                "t=" + now + ",v1=",
                "t=soon," + good.substring(good.indexOf("v1=")),
                Webhooks.signature(body + " ", now, Webhooks.SECRET));
        for (String signature : bad) {
            Webhooks.sendSigned(body, signature)
                    .then()
                    .statusCode(400)
                    .contentType("application/problem+json")
                    .body("type", equalTo("/problems/invalid-signature"));
        }
        given().contentType(ContentType.JSON)
                .body(body)
                .when()
                .post("/api/v1/billing/events")
                .then()
                .statusCode(400)
                .body("type", equalTo("/problems/invalid-signature"));
        // A body changed after signing is refused too.
        Webhooks.sendSigned(body.replace("activated", "renewed"), good).then().statusCode(400);
        assertEquals("member", tierAfterRefresh(reader));
        // Nothing was recorded: the same id, properly signed, is applied as new.
        Webhooks.send(body).then().statusCode(200).body("status", equalTo("applied"));
    }

    @Test
    void unknownTypesAndMalformedEventsAre400sThatChangeNothing() {
        Readers.SignedIn reader = Readers.newMember();
        Webhooks.send(Webhooks.event("subscription.paused", reader.email(), NEXT_YEAR, null))
                .then()
                .statusCode(400)
                .contentType("application/problem+json")
                .body("errors.field", hasItem("type"));
        Webhooks.send(Webhooks.event("subscription.activated", reader.email(), null, null))
                .then()
                .statusCode(400)
                .body("errors.field", hasItem("data.periodEnd"));
        Webhooks.send(Webhooks.event("subscription.activated", "not-an-email", NEXT_YEAR, null))
                .then()
                .statusCode(400)
                .body("errors.field", hasItem("data.email"));
        Webhooks.send("{\"id\": \"evt_x\", \"type\": ")
                .then()
                .statusCode(400)
                .body("type", equalTo("/problems/malformed-body"));
        Webhooks.send("[1, 2]").then().statusCode(400);
        Webhooks.send(Webhooks.event("subscription.activated", reader.email(), NEXT_YEAR, null)
                        .replace("\"periodEnd\":\"", "\"periodEnd\":\"next "))
                .then()
                .statusCode(400)
                .body("errors.field", hasItem("data.periodEnd"));
        assertEquals("member", tierAfterRefresh(reader));
    }

    @Test
    void paymentsMadeBeforeSignUpApplyWhenTheAccountIsCreated() {
        String email = Readers.newEmail();
        Webhooks.send(Webhooks.event("subscription.activated", email, NEXT_YEAR, null))
                .then()
                .statusCode(200);
        Readers.signUp(email, Readers.PASSWORD);
        Readers.SignedIn reader = Readers.logIn(email, Readers.PASSWORD);
        given().header("Authorization", reader.bearer())
                .when()
                .get("/api/v1/me")
                .then()
                .body("tier", equalTo("subscriber"));
    }

    @Test
    void subscriberSectionsOfferAnonymousReadersSignUpAndMembersAnUpgrade() {
        given().when()
                .get("/api/v1/conditions/M61.28")
                .then()
                .statusCode(200)
                .body("sections.find { it.aspect == 'clinical-management' }.access", equalTo("locked"))
                .body("sections.find { it.aspect == 'clinical-management' }.unlock.signUp", containsString("/signup"))
                .body(
                        "sections.find { it.aspect == 'clinical-management' }.unlock.upgrade",
                        containsString("/subscribe"));
        Readers.SignedIn member = Readers.newMember();
        String response = given().header("Authorization", member.bearer())
                .when()
                .get("/api/v1/conditions/M61.28")
                .then()
                .statusCode(200)
                .body("sections.find { it.aspect == 'treatment' }.access", equalTo("granted"))
                .body("sections.find { it.aspect == 'clinical-management' }.access", equalTo("locked"))
                .body("sections.find { it.aspect == 'clinical-management' }.unlock.signUp", nullValue())
                .body(
                        "sections.find { it.aspect == 'clinical-management' }.unlock.upgrade",
                        containsString("/subscribe"))
                .extract()
                .asString();
        org.junit.jupiter.api.Assertions.assertFalse(
                response.contains("Brooker"), "subscriber text leaked to a member");
        given().when()
                .get("/api/v1/conditions/M61.28/sections/clinical-management")
                .then()
                .statusCode(401)
                .body("upgrade", containsString("/subscribe"));
    }
}
