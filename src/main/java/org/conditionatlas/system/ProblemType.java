package org.conditionatlas.system;

import jakarta.ws.rs.core.Response.Status;

/** The problems this API answers with; each type URI is documented at {@code /problems/{slug}}. */
public enum ProblemType {
    MALFORMED_CODE(
            Status.BAD_REQUEST,
            "Malformed condition code",
            "The code is not an ICD-10-CM code: a letter, a digit, a letter or digit, then"
                    + " optionally a dot and one to four letters or digits (M61, M61.2, M61.28)."),
    UNKNOWN_CONDITION(
            Status.NOT_FOUND,
            "Unknown condition",
            "The code is well formed but not in the catalogue. The problem names the closest known"
                    + " ancestor, if any, as 'closest'."),
    UNKNOWN_SECTION(Status.NOT_FOUND, "Unknown section", "The condition has no section for that health aspect."),
    INVALID_REQUEST(
            Status.BAD_REQUEST,
            "Invalid request",
            "One or more parameters or fields are invalid; 'errors' lists each of them."),
    MALFORMED_BODY(
            Status.BAD_REQUEST, "Malformed request body", "The request body is not valid JSON of the expected shape."),
    INVALID_SIGNATURE(
            Status.BAD_REQUEST,
            "Invalid signature",
            "The Atlas-Signature header is missing, malformed, does not match the body, or its"
                    + " time is more than the tolerance away from now. Nothing was changed."),
    PRECONDITION_REQUIRED(
            Status.fromStatusCode(428),
            "Precondition required",
            "Replacing a condition needs If-Match with the ETag of your own GET of it."),
    STALE_VERSION(
            Status.PRECONDITION_FAILED,
            "Changed since you read it",
            "The condition changed after the GET whose ETag you sent in If-Match. GET it again,"
                    + " reapply your edit, and send the new ETag."),
    INVALID_CREDENTIALS(Status.UNAUTHORIZED, "Invalid credentials", "The email or password is not correct."),
    AUTHENTICATION_REQUIRED(
            Status.UNAUTHORIZED,
            "Authentication required",
            "This needs a signed-in reader: send an access token as 'Authorization: Bearer"
                    + " <token>'. Readers without an account can sign up; see 'signUp' and 'logIn'."),
    INVALID_TOKEN(
            Status.UNAUTHORIZED,
            "Invalid token",
            "The token is expired, revoked, malformed or not ours. Refresh it, or log in again."),
    INSUFFICIENT_TIER(
            Status.FORBIDDEN,
            "Higher tier required",
            "The reader's tier is below the tier this content requires ('requiredTier')."),
    FORBIDDEN(Status.FORBIDDEN, "Forbidden", "The signed-in reader's roles do not allow this."),
    EMAIL_TAKEN(
            Status.CONFLICT,
            "Email already registered",
            "An account with this email address exists; log in, or reset its password."),
    TOO_MANY_REQUESTS(
            Status.TOO_MANY_REQUESTS,
            "Too many requests",
            "Too many attempts; wait for the number of seconds in Retry-After, then try again."),
    NOT_FOUND(Status.NOT_FOUND, "Not found", "There is nothing at this path."),
    METHOD_NOT_ALLOWED(
            Status.METHOD_NOT_ALLOWED,
            "Method not allowed",
            "The resource exists but does not support this HTTP method."),
    NOT_ACCEPTABLE(
            Status.NOT_ACCEPTABLE,
            "Not acceptable",
            "The resource cannot be represented in any of the media types the Accept header lists."),
    UNSUPPORTED_MEDIA_TYPE(
            Status.UNSUPPORTED_MEDIA_TYPE,
            "Unsupported media type",
            "The request body's Content-Type is not one this endpoint accepts (JSON)."),
    PAYLOAD_TOO_LARGE(
            Status.REQUEST_ENTITY_TOO_LARGE,
            "Request body too large",
            "The request body is larger than this service accepts."),
    SERVER_ERROR(
            Status.INTERNAL_SERVER_ERROR,
            "Internal server error",
            "Something went wrong on our side. It has been logged; please try again later."),
    UNAVAILABLE(
            Status.SERVICE_UNAVAILABLE,
            "Service unavailable",
            "The service cannot answer right now; please retry later.");

    private final Status status;
    private final String title;
    private final String description;

    ProblemType(Status status, String title, String description) {
        this.status = status;
        this.title = title;
        this.description = description;
    }

    public Status status() {
        return status;
    }

    public String title() {
        return title;
    }

    public String description() {
        return description;
    }

    public String slug() {
        return name().toLowerCase().replace('_', '-');
    }

    public String uri() {
        return "/problems/" + slug();
    }

    /** The problem of a plain HTTP status that has no more specific type. */
    public static ProblemType forStatus(int status) {
        for (ProblemType type : values()) {
            if (type.status.getStatusCode() == status && type.isGenericHttpProblem()) {
                return type;
            }
        }
        return status >= 500 ? SERVER_ERROR : INVALID_REQUEST;
    }

    private boolean isGenericHttpProblem() {
        return switch (this) {
            case NOT_FOUND,
                    AUTHENTICATION_REQUIRED,
                    FORBIDDEN,
                    TOO_MANY_REQUESTS,
                    METHOD_NOT_ALLOWED,
                    NOT_ACCEPTABLE,
                    UNSUPPORTED_MEDIA_TYPE,
                    PAYLOAD_TOO_LARGE,
                    SERVER_ERROR,
                    UNAVAILABLE,
                    INVALID_REQUEST -> true;
            default -> false;
        };
    }
}
