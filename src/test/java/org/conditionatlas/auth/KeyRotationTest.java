package org.conditionatlas.auth;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

@QuarkusTest
@TestProfile(KeyRotationTest.FastRotation.class)
class KeyRotationTest {

    /** A signing key that signs for two seconds only. */
    public static class FastRotation implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("atlas.auth.key-rotation-period", "PT2S");
        }
    }

    @Test
    void keysRotateWithoutSigningAnyoneOutAndTheNextKeyIsPublishedBeforeItSigns() throws Exception {
        Readers.SignedIn reader = Readers.newMember();
        String first = reader.accessToken();
        String later = first;
        List<String> publishedBefore = List.of();
        for (int i = 0; i < 20 && kid(later).equals(kid(first)); i++) {
            Thread.sleep(250);
            publishedBefore = published();
            later = Readers.logIn(reader.email(), reader.password()).accessToken();
        }
        assertNotEquals(kid(first), kid(later), "a new key signs after the rotation period");
        assertTrue(
                publishedBefore.contains(kid(later)),
                "the new key was in the JWKS before it signed: " + publishedBefore + " vs " + kid(later));
        for (String token : List.of(first, later)) {
            given().header("Authorization", "Bearer " + token)
                    .when()
                    .get("/api/v1/conditions/M61.28/treatment")
                    .then()
                    .statusCode(200);
        }
        assertTrue(
                published().containsAll(List.of(kid(first), kid(later))),
                published().toString());
    }

    private static List<String> published() {
        return given().when()
                .get("/.well-known/jwks.json")
                .then()
                .statusCode(200)
                .extract()
                .jsonPath()
                .getList("keys.kid");
    }

    private static String kid(String jwt) {
        String header = new String(Base64.getUrlDecoder().decode(jwt.split("\\.")[0]), StandardCharsets.UTF_8);
        int start = header.indexOf("\"kid\":\"") + 7;
        return header.substring(start, header.indexOf('"', start));
    }
}
