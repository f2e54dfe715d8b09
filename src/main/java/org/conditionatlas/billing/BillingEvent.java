package org.conditionatlas.billing;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.conditionatlas.account.Emails;
import org.conditionatlas.system.Problem;
import org.conditionatlas.system.ProblemException;
import org.conditionatlas.system.ProblemType;

/**
 * A payment event: {@code {"id", "type", "created"?, "data": {"email", "periodEnd"}}}. {@code
 * created} (the provider's own time, ISO-8601 or unix seconds) orders events; without it, the
 * signature time does.
 */
record BillingEvent(String id, Type type, String email, Instant periodEnd, Instant occurredAt) {

    /** The events the provider sends. */
    enum Type {
        ACTIVATED("subscription.activated"),
        RENEWED("subscription.renewed"),
        CANCELED("subscription.canceled"),
        EXPIRED("subscription.expired");

        final String id;

        Type(String id) {
            this.id = id;
        }

        static Optional<Type> parse(String id) {
            return Arrays.stream(values()).filter(t -> t.id.equals(id)).findFirst();
        }
    }

    static BillingEvent parse(ObjectMapper mapper, byte[] body, Instant signedAt) {
        JsonNode root;
        try {
            root = mapper.readTree(body);
        } catch (IOException e) {
            throw new ProblemException(ProblemType.MALFORMED_BODY, "The event is not valid JSON.");
        }
        if (root == null || !root.isObject()) {
            throw new ProblemException(ProblemType.MALFORMED_BODY, "The event must be a JSON object.");
        }
        List<Problem.FieldError> errors = new ArrayList<>();
        String id = text(root.path("id"));
        if (id == null || id.isBlank() || id.length() > 200) {
            errors.add(new Problem.FieldError("id", "is required (at most 200 characters)"));
        }
        String typeId = text(root.path("type"));
        Optional<Type> type = Type.parse(typeId);
        if (type.isEmpty()) {
            errors.add(new Problem.FieldError(
                    "type",
                    "must be one of subscription.activated, subscription.renewed,"
                            + " subscription.canceled, subscription.expired"));
        }
        String email = Emails.normalise(text(root.path("data").path("email")));
        if (email == null || !email.matches("[^@\\s]+@[^@\\s]+\\.[^@\\s]+") || email.length() > 254) {
            errors.add(new Problem.FieldError("data.email", "must be an email address"));
        }
        Instant periodEnd = instant(root.path("data").path("periodEnd"), "data.periodEnd", errors);
        if (periodEnd == null
                && type.isPresent()
                && type.get() != Type.EXPIRED
                && errors.stream().noneMatch(e -> e.field().equals("data.periodEnd"))) {
            errors.add(new Problem.FieldError("data.periodEnd", "is required for " + typeId));
        }
        Instant created = instant(root.path("created"), "created", errors);
        if (!errors.isEmpty()) {
            throw new ProblemException(ProblemType.INVALID_REQUEST, "The event is invalid; see 'errors'.", errors);
        }
        return new BillingEvent(id, type.get(), email, periodEnd, created != null ? created : signedAt);
    }

    private static String text(JsonNode node) {
        return node.isTextual() ? node.asText() : null;
    }

    private static Instant instant(JsonNode node, String field, List<Problem.FieldError> errors) {
        if (node.isMissingNode() || node.isNull()) {
            return null;
        }
        if (node.isIntegralNumber()) {
            return Instant.ofEpochSecond(node.asLong());
        }
        try {
            if (node.isTextual()) {
                return Instant.parse(node.asText());
            }
        } catch (DateTimeParseException e) {
            // reported below
        }
        errors.add(new Problem.FieldError(field, "must be an ISO-8601 UTC time or unix seconds"));
        return null;
    }
}
