package org.conditionatlas.access;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/** The access ladder: anonymous < member (signed up, free) < subscriber (paid). */
public enum Tier {
    ANONYMOUS,
    MEMBER,
    SUBSCRIBER;

    public boolean reaches(Tier required) {
        return compareTo(required) >= 0;
    }

    @JsonValue
    public String id() {
        return name().toLowerCase(Locale.ROOT);
    }

    @JsonCreator
    public static Tier fromId(String id) {
        return parse(id).orElseThrow(() -> new IllegalArgumentException("unknown tier '" + id + "'"));
    }

    public static Optional<Tier> parse(String id) {
        return Arrays.stream(values()).filter(t -> t.id().equals(id)).findFirst();
    }
}
