package org.conditionatlas.access;

import jakarta.enterprise.context.ApplicationScoped;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;

/**
 * The one entitlement decision: given a reader and a gated text, what the reader is sent. Every
 * channel that shows content (API, pages, search excerpts, lists, feeds) asks here before it
 * serialises anything.
 */
@ApplicationScoped
public class AccessPolicy {

    private final AccessConfig config;

    AccessPolicy(AccessConfig config) {
        this.config = config;
    }

    public boolean mayRead(Reader reader, GatedText text) {
        return reader.tier().reaches(text.requiredTier());
    }

    /**
     * @param pagePath the site path of the page the text belongs to, where the reader returns after
     *     signing up, logging in or upgrading
     */
    public Entitlement decide(Reader reader, GatedText text, String pagePath) {
        if (mayRead(reader, text)) {
            return new Entitlement.Granted(text.requiredTier(), text.body());
        }
        return new Entitlement.Locked(text.requiredTier(), preview(text.body()), unlock(reader, text, pagePath));
    }

    /**
     * The opening of a locked text: never more than the preview length, and never more than half of
     * the text, so that a short section is not given away whole by its preview.
     */
    String preview(String markdown) {
        String plain = PlainText.of(markdown);
        int limit = Math.min(config.previewLength(), Math.max(1, plain.length() / 2));
        return PlainText.opening(plain, limit);
    }

    private Entitlement.Unlock unlock(Reader reader, GatedText text, String pagePath) {
        String next = "?next=" + URLEncoder.encode(pagePath, StandardCharsets.UTF_8);
        String topic = text.aspect().replace('-', ' ');
        String upgrade = text.requiredTier() == Tier.SUBSCRIBER ? config.siteUrl() + "/subscribe" + next : null;
        if (!reader.isSignedIn()) {
            String message = "To see full information about "
                    + topic
                    + " please Sign up or Log in"
                    + (upgrade == null ? "" : " and subscribe");
            return new Entitlement.Unlock(
                    message, config.siteUrl() + "/signup" + next, config.siteUrl() + "/login" + next, upgrade);
        }
        return new Entitlement.Unlock(
                "To see full information about " + topic + " please upgrade your subscription", null, null, upgrade);
    }
}
