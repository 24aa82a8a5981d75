package org.ceasefiretimeline.embed.api;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.UncheckedIOException;
import org.springframework.stereotype.Component;

/** The API's documents as JSON bytes, written once per data version and kept by the cache. */
@Component
class ApiJson {

    private final ObjectMapper json;

    /** Spring's mapper: java.time values as ISO text. */
    ApiJson(ObjectMapper json) {
        this.json = json;
    }

    byte[] write(Object document) {
        try {
            return json.writeValueAsBytes(document);
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }
}
