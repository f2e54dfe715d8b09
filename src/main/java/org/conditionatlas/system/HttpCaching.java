package org.conditionatlas.system;

import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Request;
import jakarta.ws.rs.core.Response;

/** Conditional GET and cache headers for rendered JSON, as the API contract asks. */
public final class HttpCaching {

    /** Content behind the gate: kept by no cache at all. */
    public static final String GATED = "private, no-store";

    /** A representation that depends on who asks: only the reader's own cache may keep it. */
    public static final String PERSONAL = "private";

    private HttpCaching() {}

    /** A representation that every reader gets alike: shared caches may keep it. */
    public static String shared(int maxAgeSeconds) {
        return "public, max-age=" + maxAgeSeconds;
    }

    /**
     * 200 with the body, or 304 when If-None-Match names the current tag. The same URL answers
     * differently with and without a token, hence {@code Vary: Authorization} on both.
     */
    public static Response conditional(Request request, RenderedJson json, String cacheControl) {
        Response.ResponseBuilder notModified = request.evaluatePreconditions(json.etag());
        Response.ResponseBuilder response =
                notModified != null ? notModified : Response.ok(json.body(), MediaType.APPLICATION_JSON_TYPE);
        return response.tag(json.etag())
                .header(HttpHeaders.CACHE_CONTROL, cacheControl)
                .header(HttpHeaders.VARY, HttpHeaders.AUTHORIZATION)
                .build();
    }
}
