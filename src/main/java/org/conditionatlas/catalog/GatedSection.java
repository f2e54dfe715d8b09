package org.conditionatlas.catalog;

import org.conditionatlas.access.GatedText;
import org.conditionatlas.access.Tier;

/** A section as the access policy sees it. */
record GatedSection(String aspect, Tier requiredTier, String body) implements GatedText {

    GatedSection(Section section) {
        this(section.aspect, section.requiredTier, section.body);
    }
}
