package org.conditionatlas.system;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A failure that the client caused or must know about. Services throw it; the one mapper renders it
 * as problem+json. The detail is shown to the client, so it must never hold secrets.
 */
public class ProblemException extends RuntimeException {

    private final ProblemType type;
    private final List<Problem.FieldError> errors;
    private final Map<String, Object> extensions = new LinkedHashMap<>();
    private final Map<String, String> headers = new LinkedHashMap<>();

    public ProblemException(ProblemType type, String detail) {
        this(type, detail, null);
    }

    public ProblemException(ProblemType type, String detail, List<Problem.FieldError> errors) {
        super(detail, null, false, false);
        this.type = type;
        this.errors = errors;
    }

    public ProblemException with(String member, Object value) {
        extensions.put(member, value);
        return this;
    }

    public ProblemException withHeader(String name, String value) {
        headers.put(name, value);
        return this;
    }

    public ProblemType type() {
        return type;
    }

    public Map<String, String> headers() {
        return headers;
    }

    public Problem toProblem(String instance) {
        return new Problem(
                type.uri(), type.title(), type.status().getStatusCode(), getMessage(), instance, errors, extensions);
    }

    public static ProblemException invalidParameter(String field, String message) {
        return new ProblemException(
                ProblemType.INVALID_REQUEST,
                "The parameter '" + field + "' is invalid.",
                List.of(new Problem.FieldError(field, message)));
    }
}
