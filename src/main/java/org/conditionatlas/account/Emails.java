package org.conditionatlas.account;

import java.util.Locale;

/** The one normalisation of email addresses: how they are stored, compared and throttled. */
public final class Emails {

    private Emails() {}

    public static String normalise(String email) {
        return email == null ? null : email.strip().toLowerCase(Locale.ROOT);
    }
}
