package org.ceasefiretimeline.embed;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.time.Duration;
import java.util.function.Supplier;
import org.ceasefiretimeline.timeline.DataVersion;
import org.springframework.http.CacheControl;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.stereotype.Component;
import org.springframework.web.context.request.ServletWebRequest;

/**
 * Answers a GET from the timeline's {@link DataVersion}: {@code ETag} and {@code Last-Modified}
 * from it, 304 when the client's copy is current, otherwise the body rendered once per (data
 * version, variant) and kept in a bounded cache. Any embed page, API answer or export can use it:
 * the variant is a value with {@code equals} (a record of the request's typed parameters). The
 * version is {@link DataVersion#recent}: this instance's own changes at once, another's within a
 * second. A body it sends is marked ({@link #SERVED_AT}) for {@link EmbedResponseCache}, which then
 * keeps the whole answer.
 */
@Component
public class VersionedResponses {

    /** Fresh for a minute, then served stale while a CDN or browser revalidates. */
    public static final CacheControl CACHE_CONTROL =
            CacheControl.maxAge(Duration.ofSeconds(60))
                    .cachePublic()
                    .staleWhileRevalidate(Duration.ofSeconds(600));

    /**
     * The request attribute holding the {@link DataVersion.Stamp} a 200 answer's body was made at:
     * set only on such an answer, so a response cache keeps nothing else.
     */
    static final String SERVED_AT = VersionedResponses.class.getName() + ".servedAt";

    private record Key(long version, Object variant) {}

    private final DataVersion dataVersion;

    /** Bounded by bytes: old versions' bodies are never asked for again and are the first to go. */
    private final Cache<Key, byte[]> bodies =
            Caffeine.newBuilder()
                    .maximumWeight(64L * 1024 * 1024)
                    .<Key, byte[]>weigher((key, body) -> body.length)
                    .build();

    VersionedResponses(DataVersion dataVersion) {
        this.dataVersion = dataVersion;
    }

    /**
     * @param variant what, besides the data, the body depends on (the request's parameters)
     * @param render makes the body; called only when no current copy is cached. An exception from
     *     it reaches the caller with nothing set on the response.
     */
    public void respond(
            HttpServletRequest request,
            HttpServletResponse response,
            Object variant,
            MediaType type,
            Supplier<byte[]> render)
            throws IOException {
        // the version is read before the data: a body rendered meanwhile from newer data is
        // stored under the older version and replaced at the next one, never the other way round
        DataVersion.Stamp stamp = dataVersion.recent();
        String etag = etag(stamp);
        long lastModified = stamp.changedAt().toEpochMilli();
        // asked of the request alone, so nothing is set on the response before the body is known:
        // a render that fails (an unknown round) leaves the caller a clean response
        if (new ServletWebRequest(request).checkNotModified(etag, lastModified)) {
            validators(response, etag, lastModified);
            response.setStatus(HttpServletResponse.SC_NOT_MODIFIED);
            return;
        }
        byte[] body = bodies.get(new Key(stamp.number(), variant), key -> render.get());
        validators(response, etag, lastModified);
        response.setContentType(type.toString());
        response.setContentLength(body.length);
        request.setAttribute(SERVED_AT, stamp);
        if (!"HEAD".equals(request.getMethod())) {
            response.getOutputStream().write(body);
        }
    }

    /** Weak: the same body is also sent gzipped. */
    static String etag(DataVersion.Stamp stamp) {
        return "W/\"" + stamp.number() + "\"";
    }

    private static void validators(HttpServletResponse response, String etag, long lastModified) {
        response.setHeader(HttpHeaders.ETAG, etag);
        response.setDateHeader(HttpHeaders.LAST_MODIFIED, lastModified);
        response.setHeader(HttpHeaders.CACHE_CONTROL, CACHE_CONTROL.getHeaderValue());
    }
}
