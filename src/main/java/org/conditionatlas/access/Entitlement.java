package org.conditionatlas.access;

import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * What a reader gets of one gated text: the whole of it, or only a preview with the way to unlock
 * the rest. A locked entitlement carries no full text, so no channel can leak it by mistake.
 */
public sealed interface Entitlement {

    Tier requiredTier();

    record Granted(Tier requiredTier, String body) implements Entitlement {}

    record Locked(Tier requiredTier, String preview, Unlock unlock) implements Entitlement {}

    /**
     * How to get access: sign up / log in for anonymous readers, an upgrade for signed-in readers
     * below the tier.
     */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    record Unlock(String message, String signUp, String logIn, String upgrade) {}
}
