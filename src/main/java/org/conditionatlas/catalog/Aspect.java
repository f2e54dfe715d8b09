package org.conditionatlas.catalog;

import java.util.Arrays;
import java.util.Optional;
import org.conditionatlas.access.Tier;

/**
 * The health aspect a section is about: schema.org's HealthAspectEnumeration in kebab case, with
 * the few the encyclopedia adds (diagnosis, risk factors, complications, summary).
 */
public enum Aspect {
    OVERVIEW,
    SYMPTOMS,
    DIAGNOSIS,
    CAUSES,
    RISK_FACTORS,
    COMPLICATIONS,
    TYPES,
    STAGES,
    TREATMENT,
    CLINICAL_MANAGEMENT,
    PROGNOSIS,
    PREVENTION,
    SCREENING,
    LIVING_WITH,
    SELF_CARE,
    SEE_DOCTOR,
    MISCONCEPTIONS,
    RELATED_TOPICS,
    SUMMARY;

    public String id() {
        return name().toLowerCase(java.util.Locale.ROOT).replace('_', '-');
    }

    /** The tier a section of this aspect needs unless its author says otherwise. */
    public Tier defaultTier() {
        return this == TREATMENT ? Tier.MEMBER : Tier.ANONYMOUS;
    }

    public static Optional<Aspect> parse(String id) {
        return Arrays.stream(values()).filter(a -> a.id().equals(id)).findFirst();
    }

    public static String known() {
        return String.join(", ", Arrays.stream(values()).map(Aspect::id).toList());
    }
}
