package org.conditionatlas.access;

/** A piece of content with the tier it requires: what the entitlement decision is taken on. */
public interface GatedText {

    String aspect();

    Tier requiredTier();

    /** The full text in Markdown. Only {@link AccessPolicy} reads it for readers below the tier. */
    String body();
}
