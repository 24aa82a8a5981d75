package org.ceasefiretimeline.embed.api;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.function.Function;
import java.util.zip.CRC32;
import org.ceasefiretimeline.timeline.DataVersion;
import org.springframework.http.CacheControl;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Component;

/**
 * Answers a request from its serialized response, made once per data version: the key is the data
 * version and the parsed request (a record), the ETag the same two, so that an editor's correction
 * changes every ETag at once on every instance, and a client that has the current one gets 304
 * (Spring compares If-None-Match with the ETag set here). Responses from older versions are never
 * asked for again and leave the bounded cache as it fills.
 */
@Component
class VersionedResponses {

    /**
     * As the embed pages: CDNs and browsers may serve a minute-old copy, or a stale one while they
     * revalidate.
     */
    static final CacheControl CACHING =
            CacheControl.maxAge(Duration.ofSeconds(60))
                    .cachePublic()
                    .staleWhileRevalidate(Duration.ofSeconds(600));

    private static final long CACHE_BYTES = 32L * 1024 * 1024;

    private record Key(long version, Record request) {}

    private final DataVersion version;
    private final ObjectMapper json;
    private final Cache<Key, byte[]> cache =
            Caffeine.newBuilder()
                    .maximumWeight(CACHE_BYTES)
                    .<Key, byte[]>weigher((key, body) -> body.length)
                    .build();

    VersionedResponses(DataVersion version, ObjectMapper json) {
        this.version = version;
        this.json = json;
    }

    /**
     * @param request the parsed request: its record equality is the cache key, its text the ETag's
     * @param document what to answer, written as JSON; its exceptions are answered, not cached
     */
    <R extends Record> ResponseEntity<byte[]> json(R request, Function<R, Object> document) {
        return respond(request, MediaType.APPLICATION_JSON, null, r -> write(document.apply(r)));
    }

    /**
     * A text file in UTF-8, offered to browsers under {@code fileName} for saving.
     *
     * @param request as for {@link #json}
     */
    <R extends Record> ResponseEntity<byte[]> file(
            R request, MediaType type, String fileName, Function<R, String> text) {
        return respond(
                request,
                new MediaType(type, StandardCharsets.UTF_8),
                fileName,
                r -> text.apply(r).getBytes(StandardCharsets.UTF_8));
    }

    private <R extends Record> ResponseEntity<byte[]> respond(
            R request, MediaType type, String fileName, Function<R, byte[]> render) {
        DataVersion.Stamp stamp = version.current();
        byte[] body = cache.get(new Key(stamp.number(), request), key -> render.apply(request));
        var response =
                ResponseEntity.ok()
                        .contentType(type)
                        .cacheControl(CACHING)
                        .eTag(etag(stamp, request))
                        .lastModified(stamp.changedAt());
        if (fileName != null) {
            response.header(
                    HttpHeaders.CONTENT_DISPOSITION,
                    ContentDisposition.attachment().filename(fileName).build().toString());
        }
        return response.body(body);
    }

    private byte[] write(Object document) {
        try {
            return json.writeValueAsBytes(document);
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Weak: Tomcat may gzip the body. From the request's text (enum names, not identity hashes), so
     * that every instance gives a request the same ETag.
     */
    private static String etag(DataVersion.Stamp stamp, Record request) {
        CRC32 crc = new CRC32();
        crc.update(request.toString().getBytes(StandardCharsets.UTF_8));
        return "W/\"" + stamp.number() + "-" + Long.toHexString(crc.getValue()) + "\"";
    }
}
