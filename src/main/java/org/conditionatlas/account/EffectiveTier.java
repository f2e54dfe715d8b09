package org.conditionatlas.account;

import org.conditionatlas.access.Tier;

/**
 * The tier an account has now, computed from facts (its paid period, complimentary grants), never
 * set by hand. Implemented by the billing feature.
 */
public interface EffectiveTier {

    Tier of(Account account);

    /** The same, by account id, for checks that hold no entity. */
    Tier of(java.util.UUID accountId);
}
