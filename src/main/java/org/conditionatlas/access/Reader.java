package org.conditionatlas.access;

/** Who is reading, as far as access to content is concerned. */
public record Reader(Tier tier) {

    public static final Reader ANONYMOUS = new Reader(Tier.ANONYMOUS);

    public boolean isSignedIn() {
        return tier != Tier.ANONYMOUS;
    }
}
