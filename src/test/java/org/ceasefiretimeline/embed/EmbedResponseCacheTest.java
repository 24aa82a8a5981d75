package org.ceasefiretimeline.embed;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import jakarta.servlet.FilterChain;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.zip.GZIPInputStream;
import org.ceasefiretimeline.timeline.DataVersion;
import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;

/** The response cache alone, in front of a handler that answers as {@link VersionedResponses}. */
class EmbedResponseCacheTest {

    private final DataVersion dataVersion = mock(DataVersion.class);
    private final AtomicInteger rendered = new AtomicInteger();
    private int status = 200;
    private boolean cookie;
    private int bodySize = 2000;

    private EmbedResponseCache cache(long maxBytes) {
        return new EmbedResponseCache(
                () -> dataVersion,
                EmbedResponseCache.Compression.of(
                        true, new String[] {"text/html", "application/json"}, 1024),
                maxBytes);
    }

    private void version(long number) {
        when(dataVersion.recent())
                .thenReturn(new DataVersion.Stamp(number, Instant.ofEpochSecond(1_700_000_000L)));
    }

    /** Like {@link VersionedResponses#respond} behind the security chain: headers, then a body. */
    private final FilterChain handler =
            (req, res) -> {
                HttpServletRequest request = (HttpServletRequest) req;
                HttpServletResponse response = (HttpServletResponse) res;
                rendered.incrementAndGet();
                DataVersion.Stamp stamp = dataVersion.recent();
                response.addHeader("Vary", "Origin");
                response.addHeader("Vary", "Access-Control-Request-Method");
                response.setHeader("ETag", VersionedResponses.etag(stamp));
                response.setDateHeader("Last-Modified", stamp.changedAt().toEpochMilli());
                response.setHeader("Cache-Control", "max-age=60, public");
                response.setHeader("Content-Security-Policy", "frame-ancestors 'self' *");
                if (cookie) {
                    response.addHeader("Set-Cookie", "JSESSIONID=x");
                }
                response.setStatus(status);
                response.setContentType("text/html;charset=UTF-8");
                byte[] body = page(stamp.number(), request.getQueryString());
                response.setContentLength(body.length);
                if (status == 200) {
                    request.setAttribute(VersionedResponses.SERVED_AT, stamp);
                }
                response.getOutputStream().write(body);
            };

    private byte[] page(long version, String query) {
        String text = "<p>version " + version + " " + query + "</p>";
        return (text + "x".repeat(Math.max(0, bodySize - text.length())))
                .getBytes(StandardCharsets.UTF_8);
    }

    private static MockHttpServletRequest get(String path) {
        MockHttpServletRequest request = new MockHttpServletRequest("GET", path);
        int q = path.indexOf('?');
        if (q >= 0) {
            request.setRequestURI(path.substring(0, q));
            request.setQueryString(path.substring(q + 1));
        }
        return request;
    }

    private MockHttpServletResponse serve(EmbedResponseCache cache, MockHttpServletRequest request)
            throws Exception {
        MockHttpServletResponse response = new MockHttpServletResponse();
        cache.doFilter(request, response, handler);
        return response;
    }

    @Test
    void the_same_request_at_the_same_version_is_answered_from_the_cache_with_the_same_headers()
            throws Exception {
        version(5);
        EmbedResponseCache cache = cache(1 << 20);
        MockHttpServletResponse first = serve(cache, get("/embed/rounds/a?theme=dark"));
        MockHttpServletResponse second = serve(cache, get("/embed/rounds/a?theme=dark"));

        assertThat(rendered).hasValue(1);
        assertThat(second.getStatus()).isEqualTo(200);
        assertThat(second.getContentAsByteArray()).isEqualTo(first.getContentAsByteArray());
        for (MockHttpServletResponse r : new MockHttpServletResponse[] {first, second}) {
            assertThat(r.getHeader("ETag")).isEqualTo("W/\"5\"");
            assertThat(r.getHeader("Cache-Control")).isEqualTo("max-age=60, public");
            assertThat(r.getHeader("Content-Security-Policy"))
                    .isEqualTo("frame-ancestors 'self' *");
            assertThat(r.getHeaders("Vary"))
                    .containsExactly("origin,access-control-request-method,accept-encoding");
            assertThat(r.getContentType()).isEqualTo("text/html;charset=UTF-8");
            assertThat(r.getContentLength()).isEqualTo(bodySize);
            assertThat(r.getHeader("Last-Modified")).isNotNull();
        }
        assertThat(second.getHeaderNames())
                .containsExactlyInAnyOrderElementsOf(first.getHeaderNames());
    }

    @Test
    void a_new_data_version_changes_the_bytes_and_the_etag_at_once() throws Exception {
        version(5);
        EmbedResponseCache cache = cache(1 << 20);
        serve(cache, get("/embed/rounds/a"));
        version(6);
        MockHttpServletResponse after = serve(cache, get("/embed/rounds/a"));

        assertThat(rendered).hasValue(2);
        assertThat(after.getHeader("ETag")).isEqualTo("W/\"6\"");
        assertThat(after.getContentAsString()).startsWith("<p>version 6");
        assertThat(cache.size()).as("the older version's answer is dropped").isEqualTo(1);
    }

    @Test
    void a_current_copy_gets_304_without_a_body_and_an_old_one_the_page() throws Exception {
        version(5);
        EmbedResponseCache cache = cache(1 << 20);
        serve(cache, get("/api/v1/events?round=a"));

        MockHttpServletRequest revalidate = get("/api/v1/events?round=a");
        revalidate.addHeader("If-None-Match", "W/\"5\"");
        MockHttpServletResponse notModified = serve(cache, revalidate);
        assertThat(notModified.getStatus()).isEqualTo(304);
        assertThat(notModified.getContentAsByteArray()).isEmpty();
        assertThat(notModified.getHeader("ETag")).isEqualTo("W/\"5\"");
        assertThat(notModified.getHeader("Cache-Control")).isNotNull();

        MockHttpServletRequest old = get("/api/v1/events?round=a");
        old.addHeader("If-None-Match", "W/\"4\"");
        assertThat(serve(cache, old).getStatus()).isEqualTo(200);
        assertThat(rendered).hasValue(1);
    }

    @Test
    void gzip_is_made_once_and_sent_to_those_who_take_it() throws Exception {
        version(5);
        EmbedResponseCache cache = cache(1 << 20);
        MockHttpServletRequest request = get("/embed/rounds/a");
        request.addHeader("Accept-Encoding", "gzip, deflate, br");
        serve(cache, request);
        MockHttpServletResponse zipped = serve(cache, request);
        MockHttpServletRequest refused = get("/embed/rounds/a");
        refused.addHeader("Accept-Encoding", "gzip;q=0, identity");
        MockHttpServletResponse plain = serve(cache, refused);

        assertThat(rendered).as("once for each encoding").hasValue(2);
        assertThat(zipped.getHeader("Content-Encoding")).isEqualTo("gzip");
        assertThat(zipped.getContentLength()).isLessThan(bodySize);
        assertThat(
                        new GZIPInputStream(
                                        new ByteArrayInputStream(zipped.getContentAsByteArray()))
                                .readAllBytes())
                .isEqualTo(plain.getContentAsByteArray());
        assertThat(plain.getHeader("Content-Encoding")).isNull();
        assertThat(zipped.getHeader("Vary")).contains("accept-encoding");
    }

    @Test
    void head_is_answered_from_a_kept_get_without_a_body() throws Exception {
        version(5);
        EmbedResponseCache cache = cache(1 << 20);
        serve(cache, get("/embed/rounds/a"));
        MockHttpServletRequest head = get("/embed/rounds/a");
        head.setMethod("HEAD");
        MockHttpServletResponse response = serve(cache, head);
        assertThat(rendered).hasValue(1);
        assertThat(response.getContentLength()).isEqualTo(bodySize);
        assertThat(response.getContentAsByteArray()).isEmpty();
    }

    @Test
    void parameter_order_and_pym_parameters_do_not_split_an_embed_page_but_filters_do()
            throws Exception {
        version(5);
        EmbedResponseCache cache = cache(1 << 20);
        serve(cache, get("/embed/rounds/a?theme=dark&actor=Egypt"));
        serve(cache, get("/embed/rounds/a?actor=Egypt&theme=dark&childId=x&initialWidth=300"));
        assertThat(rendered).hasValue(1);
        serve(cache, get("/embed/rounds/a?actor=Qatar&theme=dark"));
        assertThat(rendered).hasValue(2);
        // the API reads every parameter
        serve(cache, get("/api/v1/events?round=a&limit=5"));
        serve(cache, get("/api/v1/events?round=a&limit=6"));
        serve(cache, get("/api/v1/events?limit=6&round=a"));
        assertThat(rendered).hasValue(4);
    }

    @Test
    void the_origin_and_accept_headers_split_the_cache() throws Exception {
        version(5);
        EmbedResponseCache cache = cache(1 << 20);
        serve(cache, get("/api/v1/rounds"));
        MockHttpServletRequest cors = get("/api/v1/rounds");
        cors.addHeader("Origin", "https://news.example");
        serve(cache, cors);
        MockHttpServletRequest html = get("/api/v1/rounds");
        html.addHeader("Accept", "text/html");
        serve(cache, html);
        assertThat(rendered).hasValue(3);
    }

    @Test
    void errors_cookies_and_unversioned_answers_are_never_kept() throws Exception {
        version(5);
        EmbedResponseCache cache = cache(1 << 20);
        status = 404;
        serve(cache, get("/embed/rounds/none"));
        MockHttpServletResponse again = serve(cache, get("/embed/rounds/none"));
        assertThat(again.getStatus()).isEqualTo(404);
        assertThat(again.getContentAsString()).startsWith("<p>version 5");
        status = 200;
        cookie = true;
        serve(cache, get("/embed/rounds/a"));
        serve(cache, get("/embed/rounds/a"));
        assertThat(rendered).hasValue(4);
        assertThat(cache.size()).isZero();

        cookie = false;
        FilterChain unversioned =
                (req, res) -> {
                    rendered.incrementAndGet();
                    res.getOutputStream().write("script".getBytes(StandardCharsets.UTF_8));
                };
        MockHttpServletResponse script = new MockHttpServletResponse();
        cache.doFilter(get("/embed/resize.js"), script, unversioned);
        assertThat(script.getContentAsString()).isEqualTo("script");
        assertThat(cache.size()).isZero();
    }

    @Test
    void the_cache_keeps_no_more_than_its_size_in_bytes() throws Exception {
        version(5);
        bodySize = 1000;
        EmbedResponseCache cache = cache(20_000);
        for (int i = 0; i < 200; i++) {
            assertThat(serve(cache, get("/embed/rounds/a?actor=A" + i)).getStatus()).isEqualTo(200);
        }
        assertThat(cache.weight()).isLessThanOrEqualTo(20_000);
        assertThat(cache.size()).isBetween(1L, 20L);
    }

    @Test
    void other_methods_pass_through() throws Exception {
        version(5);
        EmbedResponseCache cache = cache(1 << 20);
        MockHttpServletRequest post = get("/embed/rounds/a");
        post.setMethod("POST");
        serve(cache, post);
        serve(cache, post);
        assertThat(rendered).hasValue(2);
        assertThat(cache.size()).isZero();
    }
}
