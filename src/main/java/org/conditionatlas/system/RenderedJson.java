package org.conditionatlas.system;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.ws.rs.core.EntityTag;
import java.io.UncheckedIOException;
import java.util.Arrays;
import java.util.Base64;

/**
 * A JSON body serialised once, with its strong ETag: a digest of the bytes, so the tag changes
 * exactly when the representation does. Cached whole on hot read paths.
 */
public record RenderedJson(byte[] body, EntityTag etag) {

    public static RenderedJson of(ObjectMapper mapper, Object value) {
        try {
            byte[] body = mapper.writeValueAsBytes(value);
            return new RenderedJson(body, new EntityTag(digest(body)));
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String digest(byte[] body) {
        return Base64.getUrlEncoder().withoutPadding().encodeToString(Arrays.copyOf(Sha256.of(body), 18));
    }
}
