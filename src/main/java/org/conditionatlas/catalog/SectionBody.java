package org.conditionatlas.catalog;

import org.conditionatlas.access.Tier;

/** One section in full, for a reader at or above its tier. */
public record SectionBody(String code, String aspect, String heading, Tier requiredTier, String body) {}
