package org.conditionatlas.web;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.conditionatlas.access.Entitlement;

/**
 * A locked section's unlock message as the seed page shows it, with its words turned into links:
 * "To see full information about treatment please [Sign up] or [Log in]".
 */
final class UnlockPrompt {

    /** A piece of the sentence: plain text, or a link when {@code href} is set. */
    record Part(String text, String href) {
        public boolean link() {
            return href != null;
        }
    }

    private UnlockPrompt() {}

    static List<Part> of(Entitlement.Unlock unlock, SiteLinks links) {
        Map<String, String> targets = new LinkedHashMap<>();
        put(targets, "Sign up", links.local(unlock.signUp()));
        put(targets, "Log in", links.local(unlock.logIn()));
        put(targets, "upgrade your subscription", links.local(unlock.upgrade()));
        put(targets, "subscribe", links.local(unlock.upgrade()));

        List<Part> parts = new ArrayList<>();
        String rest = unlock.message();
        List<String> linked = new ArrayList<>();
        while (!rest.isEmpty()) {
            String word = null;
            int at = -1;
            for (String candidate : targets.keySet()) {
                int i = rest.indexOf(candidate);
                if (i >= 0 && !linked.contains(targets.get(candidate)) && (at < 0 || i < at)) {
                    word = candidate;
                    at = i;
                }
            }
            if (word == null) {
                parts.add(new Part(rest, null));
                break;
            }
            if (at > 0) {
                parts.add(new Part(rest.substring(0, at), null));
            }
            parts.add(new Part(word, targets.get(word)));
            linked.add(targets.get(word));
            rest = rest.substring(at + word.length());
        }
        return parts;
    }

    private static void put(Map<String, String> targets, String words, String href) {
        if (href != null) {
            targets.put(words, href);
        }
    }
}
