package org.conditionatlas.auth;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.security.AuthenticationFailedException;
import io.vertx.core.http.HttpHeaders;
import io.vertx.ext.web.Router;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.util.Map;
import org.conditionatlas.system.Problem;
import org.conditionatlas.system.ProblemType;

/**
 * A bearer token that is present but invalid is a 401 problem with {@code WWW-Authenticate: Bearer
 * error="invalid_token"} on every endpoint, public ones included, so that a client knows to
 * refresh. Authentication runs before the REST layer, so this answers at the HTTP router.
 */
@ApplicationScoped
class InvalidTokenResponses {

    static final String CHALLENGE = "Bearer error=\"invalid_token\"";

    void install(@Observes Router router, ObjectMapper mapper) {
        router.route().failureHandler(ctx -> {
            if (!(ctx.failure() instanceof AuthenticationFailedException)
                    || ctx.response().ended()) {
                ctx.next();
                return;
            }
            ctx.response()
                    .setStatusCode(401)
                    .putHeader(HttpHeaders.CONTENT_TYPE, Problem.MEDIA_TYPE)
                    .putHeader("WWW-Authenticate", CHALLENGE)
                    .putHeader(HttpHeaders.CACHE_CONTROL, "no-store")
                    .end(body(mapper, ctx.request().path()));
        });
    }

    private static String body(ObjectMapper mapper, String path) {
        ProblemType type = ProblemType.INVALID_TOKEN;
        try {
            return mapper.writeValueAsString(
                    new Problem(type.uri(), type.title(), 401, type.description(), path, null, Map.of()));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }
}
