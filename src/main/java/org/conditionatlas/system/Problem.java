package org.conditionatlas.system;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import java.util.List;
import java.util.Map;

/**
 * An RFC 9457 problem document. Extension members (such as {@code closest}) are flattened into the
 * top level, as the RFC asks.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonPropertyOrder({"type", "title", "status", "detail", "instance", "errors"})
public record Problem(
        String type,
        String title,
        int status,
        String detail,
        String instance,
        List<FieldError> errors,
        @JsonInclude(JsonInclude.Include.NON_EMPTY) Map<String, Object> extensions) {

    public static final String MEDIA_TYPE = "application/problem+json";

    public record FieldError(String field, String message) {}

    @JsonAnyGetter
    public Map<String, Object> extensions() {
        return extensions;
    }
}
