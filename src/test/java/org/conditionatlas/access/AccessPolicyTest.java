package org.conditionatlas.access;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class AccessPolicyTest {

    private static final String TREATMENT = "### Treatment options\n\n"
            + "Physical **therapy** keeps the joint moving. Medicines such as anti-inflammatory"
            + " drugs can slow new bone. Surgery removes mature bone when it limits movement,"
            + " usually after it has stopped growing. Radiation therapy may be given around"
            + " surgery to keep the bone from coming back.";

    private final AccessPolicy policy = new AccessPolicy(new AccessConfig() {
        @Override
        public int previewLength() {
            return 120;
        }

        @Override
        public String siteUrl() {
            return "https://atlas.example";
        }
    });

    private record Text(String aspect, Tier requiredTier, String body) implements GatedText {}

    @Test
    void aReaderAtOrAboveTheTierGetsTheWholeText() {
        Text treatment = new Text("treatment", Tier.MEMBER, TREATMENT);
        Entitlement member = policy.decide(new Reader(Tier.MEMBER), treatment, "/conditions/X");
        Entitlement subscriber = policy.decide(new Reader(Tier.SUBSCRIBER), treatment, "/conditions/X");
        assertEquals(
                TREATMENT, assertInstanceOf(Entitlement.Granted.class, member).body());
        assertEquals(
                TREATMENT,
                assertInstanceOf(Entitlement.Granted.class, subscriber).body());
    }

    @Test
    void anAnonymousReaderGetsAPreviewCutAtAWordAndTheWayToSignUp() {
        Entitlement decision =
                policy.decide(Reader.ANONYMOUS, new Text("treatment", Tier.MEMBER, TREATMENT), "/conditions/M61.28");
        Entitlement.Locked locked = assertInstanceOf(Entitlement.Locked.class, decision);
        String preview = locked.preview();
        assertTrue(preview.endsWith("..."), preview);
        String words = preview.substring(0, preview.length() - 3);
        assertTrue(words.length() <= 120, preview);
        String plain = PlainText.of(TREATMENT);
        assertTrue(plain.startsWith(words), "the full text starts with the preview's words");
        assertTrue(
                plain.charAt(words.length()) == ' ' || plain.charAt(words.length()) == '.',
                "cut at a word boundary: " + preview);
        assertFalse(preview.contains("Radiation"));
        assertEquals(
                "To see full information about treatment please Sign up or Log in",
                locked.unlock().message());
        assertEquals(
                "https://atlas.example/signup?next=%2Fconditions%2FM61.28",
                locked.unlock().signUp());
        assertEquals(
                "https://atlas.example/login?next=%2Fconditions%2FM61.28",
                locked.unlock().logIn());
        assertNull(locked.unlock().upgrade());
    }

    @Test
    void aMemberBelowASubscriberSectionIsOfferedAnUpgradeNotASignUp() {
        Entitlement.Unlock unlock = assertInstanceOf(
                        Entitlement.Locked.class,
                        policy.decide(
                                new Reader(Tier.MEMBER),
                                new Text("clinical-management", Tier.SUBSCRIBER, TREATMENT),
                                "/conditions/X"))
                .unlock();
        assertNull(unlock.signUp());
        assertNull(unlock.logIn());
        assertEquals("https://atlas.example/subscribe?next=%2Fconditions%2FX", unlock.upgrade());
    }

    @Test
    void aShortLockedTextIsNeverGivenAwayWholeByItsPreview() {
        String shortText = "Take the tablets twice a day with food.";
        Entitlement.Locked locked = assertInstanceOf(
                Entitlement.Locked.class,
                policy.decide(Reader.ANONYMOUS, new Text("treatment", Tier.MEMBER, shortText), "/conditions/X"));
        String words = locked.preview().replace("...", "");
        assertTrue(words.length() <= shortText.length() / 2, locked.preview());
        assertFalse(locked.preview().contains("food"));
    }
}
