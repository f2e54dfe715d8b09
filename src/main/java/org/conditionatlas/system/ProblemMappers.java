package org.conditionatlas.system;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.ConstraintViolationException;
import jakarta.validation.ElementKind;
import jakarta.validation.Path;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;
import java.util.stream.StreamSupport;
import org.jboss.logging.Logger;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

/** Renders every failure of the REST layer as RFC 9457 problem+json; nothing else does. */
class ProblemMappers {

    private static final Logger LOG = Logger.getLogger(ProblemMappers.class);

    @ServerExceptionMapper
    Response problem(ProblemException e, UriInfo uri) {
        Response.ResponseBuilder response = respond(e.toProblem(path(uri)));
        e.headers().forEach(response::header);
        return response.build();
    }

    /** An endpoint that needs a signed-in reader, reached without a token. */
    @ServerExceptionMapper
    Response unauthenticated(io.quarkus.security.UnauthorizedException e, UriInfo uri) {
        return respond(problem(
                        ProblemType.AUTHENTICATION_REQUIRED,
                        ProblemType.AUTHENTICATION_REQUIRED.description(),
                        uri,
                        null))
                .header(HttpHeaders.WWW_AUTHENTICATE, "Bearer")
                .build();
    }

    /** A signed-in reader whose roles do not allow the endpoint. */
    @ServerExceptionMapper
    Response forbidden(io.quarkus.security.ForbiddenException e, UriInfo uri) {
        return respond(problem(ProblemType.FORBIDDEN, ProblemType.FORBIDDEN.description(), uri, null))
                .build();
    }

    @ServerExceptionMapper
    Response validation(ConstraintViolationException e, UriInfo uri) {
        boolean causedByServer = e.getConstraintViolations().stream()
                .anyMatch(v -> lastNode(v.getPropertyPath()) == ElementKind.RETURN_VALUE);
        if (causedByServer) {
            return unexpected(e, uri);
        }
        List<Problem.FieldError> errors = e.getConstraintViolations().stream()
                .map(v -> new Problem.FieldError(fieldName(v), v.getMessage()))
                .sorted(Comparator.comparing(Problem.FieldError::field))
                .toList();
        return respond(problem(ProblemType.INVALID_REQUEST, describe(errors), uri, errors))
                .build();
    }

    /** Overrides Quarkus' own mapper for this type, which answers plain JSON. */
    @ServerExceptionMapper
    Response mismatchedJson(MismatchedInputException e, UriInfo uri) {
        return unreadableJson(e, uri);
    }

    @ServerExceptionMapper
    Response unreadableJson(JsonProcessingException e, UriInfo uri) {
        String detail = "The request body is not valid JSON.";
        List<Problem.FieldError> errors = null;
        if (e instanceof MismatchedInputException mismatch
                && !mismatch.getPath().isEmpty()) {
            String field = mismatch.getPath().stream()
                    .map(ref -> ref.getFieldName() != null ? ref.getFieldName() : "[" + ref.getIndex() + "]")
                    .collect(Collectors.joining("."))
                    .replace(".[", "[");
            String message = e instanceof InvalidFormatException
                    ? "has a value of the wrong type or format"
                    : "has the wrong type";
            detail = "The field '" + field + "' " + message + ".";
            errors = List.of(new Problem.FieldError(field, message));
        }
        return respond(problem(ProblemType.MALFORMED_BODY, detail, uri, errors)).build();
    }

    @ServerExceptionMapper
    Response http(WebApplicationException e, UriInfo uri) {
        Response original = e.getResponse();
        int status = original.getStatus();
        if (status >= 500) {
            return unexpected(e, uri);
        }
        if (e.getCause() instanceof JsonProcessingException json) {
            return unreadableJson(json, uri);
        }
        ProblemType type = ProblemType.forStatus(status);
        Response.ResponseBuilder response = Response.status(status)
                .type(Problem.MEDIA_TYPE)
                .entity(new Problem(
                        type.uri(),
                        type.status().getStatusCode() == status
                                ? type.title()
                                : original.getStatusInfo().getReasonPhrase(),
                        status,
                        detailFor(type, status),
                        path(uri),
                        null,
                        Map.of()));
        for (String header : List.of(HttpHeaders.ALLOW, HttpHeaders.WWW_AUTHENTICATE, "Retry-After")) {
            if (original.getHeaders().containsKey(header)) {
                original.getHeaders().get(header).forEach(v -> response.header(header, v));
            }
        }
        return response.build();
    }

    @ServerExceptionMapper(priority = Integer.MAX_VALUE)
    Response unexpected(Throwable e, UriInfo uri) {
        String incident = UUID.randomUUID().toString();
        LOG.errorf(e, "Unexpected failure (incident %s) at %s", incident, path(uri));
        Problem problem = problem(
                ProblemType.SERVER_ERROR,
                ProblemType.SERVER_ERROR.description() + " Incident: " + incident + ".",
                uri,
                null);
        return respond(problem).build();
    }

    private static String detailFor(ProblemType type, int status) {
        return type.status().getStatusCode() == status
                ? type.description()
                : "The request failed with HTTP status " + status + ".";
    }

    private static Problem problem(ProblemType type, String detail, UriInfo uri, List<Problem.FieldError> errors) {
        return new Problem(
                type.uri(), type.title(), type.status().getStatusCode(), detail, path(uri), errors, Map.of());
    }

    private static Response.ResponseBuilder respond(Problem problem) {
        return Response.status(problem.status()).type(Problem.MEDIA_TYPE).entity(problem);
    }

    private static String path(UriInfo uri) {
        return uri == null ? null : uri.getRequestUri().getRawPath();
    }

    private static String describe(List<Problem.FieldError> errors) {
        return errors.size() == 1
                ? "The field '" + errors.get(0).field() + "' " + errors.get(0).message() + "."
                : errors.size() + " fields are invalid; see 'errors'.";
    }

    /**
     * The client's name for the field: the query parameter or the JSON property, not the Java path.
     */
    private static String fieldName(ConstraintViolation<?> violation) {
        List<Path.Node> nodes = StreamSupport.stream(violation.getPropertyPath().spliterator(), false)
                .toList();
        // method.arg.field...: drop the method and the argument, keep what the client named.
        List<Path.Node> visible = nodes.stream()
                .filter(n -> n.getKind() != ElementKind.METHOD)
                .filter(n -> n.getKind() != ElementKind.PARAMETER || nodes.size() <= 2)
                .toList();
        StringBuilder name = new StringBuilder();
        for (Path.Node node : visible) {
            if (node.isInIterable()) {
                name.append('[')
                        .append(node.getIndex() != null ? node.getIndex() : node.getKey())
                        .append(']');
            }
            // Container elements are named "<list element>" and the like: the index says it all.
            if (node.getName() != null
                    && !node.getName().isBlank()
                    && !node.getName().startsWith("<")) {
                name.append(name.isEmpty() ? "" : ".").append(node.getName());
            }
        }
        return name.toString();
    }

    private static ElementKind lastNode(Path path) {
        ElementKind kind = null;
        for (Path.Node node : path) {
            kind = node.getKind();
        }
        return kind;
    }
}
