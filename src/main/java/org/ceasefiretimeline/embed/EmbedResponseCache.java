package org.ceasefiretimeline.embed;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import jakarta.servlet.Filter;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletRequest;
import jakarta.servlet.ServletResponse;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.Supplier;
import java.util.zip.Deflater;
import java.util.zip.GZIPOutputStream;
import org.ceasefiretimeline.timeline.DataVersion;
import org.springframework.http.HttpHeaders;
import org.springframework.util.MimeType;
import org.springframework.util.MimeTypeUtils;
import org.springframework.web.context.request.ServletWebRequest;
import org.springframework.web.util.ContentCachingResponseWrapper;

/**
 * The embed pages, oEmbed and the API as final bytes: a GET or HEAD that was answered 200 from the
 * current {@link DataVersion} (a {@link VersionedResponses} answer) is kept whole, its headers and
 * its body (gzipped once when the client takes gzip and {@code server.compression} would have
 * compressed it), and the same request at the same version is answered from here, before Spring
 * Security, Spring MVC and Vaadin see it: no filter chain, no handler lookup, no gzip per request.
 *
 * <p>The key is everything the answer depends on: the version, the origin the request reached
 * (scheme, host, port), the path, the query with its parameters in a fixed order (on embed pages
 * only the ones {@link EmbedQuery} reads, so Pym.js's do not split it), whether gzip is taken, and
 * the {@code Origin} and {@code Accept} headers (CORS and content negotiation). An editor's
 * correction raises the version, so the next request misses and gets the new page; {@code
 * If-None-Match} and {@code If-Modified-Since} are answered 304 as the controllers would. Answers
 * with any other status, or with a cookie, are never kept. Bounded by bytes; entries of older
 * versions are dropped as soon as a newer one is seen.
 */
public class EmbedResponseCache implements Filter {

    /** The parameters an embed page depends on ({@link EmbedQuery#of}). */
    private static final Set<String> EMBED_PAGE_PARAMETERS =
            Set.of("actor", "type", "from", "to", "theme", "lang");

    /** Made by the server for each answer, or managed here. */
    private static final Set<String> NOT_KEPT =
            Set.of(
                    "content-type",
                    "content-length",
                    "content-encoding",
                    "transfer-encoding",
                    "date",
                    "connection",
                    "keep-alive",
                    "vary");

    /** What Tomcat's {@code server.compression} would do for an answer. */
    public record Compression(boolean enabled, List<MimeType> mimeTypes, int minSize) {

        public static final Compression NONE = new Compression(false, List.of(), 0);

        public static Compression of(boolean enabled, String[] mimeTypes, long minSize) {
            return new Compression(
                    enabled,
                    Arrays.stream(mimeTypes).map(MimeTypeUtils::parseMimeType).toList(),
                    (int) Math.min(Integer.MAX_VALUE, minSize));
        }

        boolean applies(String contentType, int length) {
            if (!enabled || contentType == null || length < minSize) {
                return false;
            }
            MimeType type = MimeTypeUtils.parseMimeType(contentType);
            return mimeTypes.stream()
                    .anyMatch(
                            m ->
                                    m.getType().equalsIgnoreCase(type.getType())
                                            && m.getSubtype().equalsIgnoreCase(type.getSubtype()));
        }
    }

    record Key(long version, String request) {}

    /**
     * A kept answer: the headers as the handlers set them, as name and value pairs, for a 200 (with
     * {@code Vary} as Tomcat's compression writes it) and for a 304; the body as sent (gzipped when
     * {@code gzip}).
     */
    record Entry(
            String etag,
            long lastModified,
            String contentType,
            String[] headers,
            String[] notModifiedHeaders,
            boolean gzip,
            byte[] body) {

        int weight(Key key) {
            int headerBytes = 0;
            for (String part : headers) {
                headerBytes += 2 * part.length();
            }
            return body.length + key.request().length() + headerBytes + 256;
        }
    }

    private final Supplier<DataVersion> dataVersionLookup;
    private volatile DataVersion dataVersion;
    private final Compression compression;
    private final Cache<Key, Entry> entries;

    /** The newest version an entry was looked up at: older ones are dropped when it rises. */
    private volatile long newestVersion = Long.MIN_VALUE;

    /**
     * @param dataVersion looked up on the first request: filters are made before the features'
     *     beans
     * @param maxBytes about how many bytes of answers to keep
     */
    public EmbedResponseCache(
            Supplier<DataVersion> dataVersion, Compression compression, long maxBytes) {
        this.dataVersionLookup = dataVersion;
        this.compression = compression;
        this.entries =
                Caffeine.newBuilder()
                        .maximumWeight(maxBytes)
                        .<Key, Entry>weigher((key, entry) -> entry.weight(key))
                        // evicting on the caller's thread keeps the bound exact and testable
                        .executor(Runnable::run)
                        .build();
    }

    @Override
    public void doFilter(ServletRequest req, ServletResponse res, FilterChain chain)
            throws IOException, ServletException {
        HttpServletRequest request = (HttpServletRequest) req;
        HttpServletResponse response = (HttpServletResponse) res;
        String method = request.getMethod();
        boolean get = "GET".equals(method);
        if (!get && !"HEAD".equals(method)) {
            chain.doFilter(request, response);
            return;
        }
        DataVersion.Stamp now = dataVersion().recent();
        if (now.number() > newestVersion) {
            newerVersion(now.number());
        }
        boolean gzip = compression.enabled() && takesGzip(request);
        String requestKey = requestKey(request, gzip);
        Entry entry = entries.getIfPresent(new Key(now.number(), requestKey));
        if (entry != null) {
            send(request, response, entry);
            return;
        }
        if (!get) {
            // a HEAD answer has no body to keep
            chain.doFilter(request, response);
            return;
        }
        ContentCachingResponseWrapper buffered = new ContentCachingResponseWrapper(response);
        chain.doFilter(request, buffered);
        Object servedAt = request.getAttribute(VersionedResponses.SERVED_AT);
        if (!(servedAt instanceof DataVersion.Stamp stamp)
                || buffered.getStatus() != HttpServletResponse.SC_OK
                || response.isCommitted()
                || response.containsHeader(HttpHeaders.SET_COOKIE)) {
            buffered.copyBodyToResponse();
            return;
        }
        Entry made = entry(response, stamp, buffered.getContentAsByteArray(), gzip);
        Key key = new Key(stamp.number(), requestKey);
        entries.put(key, made);
        // the handlers' headers are in the entry: sent from it like any hit
        response.reset();
        send(request, response, made);
    }

    private DataVersion dataVersion() {
        DataVersion found = dataVersion;
        if (found == null) {
            found = dataVersionLookup.get();
            dataVersion = found;
        }
        return found;
    }

    /** How many answers are kept, and their weight in bytes: for tests and diagnostics. */
    long size() {
        entries.cleanUp();
        return entries.estimatedSize();
    }

    void clear() {
        entries.invalidateAll();
    }

    long weight() {
        entries.cleanUp();
        return entries.policy().eviction().orElseThrow().weightedSize().orElse(0);
    }

    private void newerVersion(long version) {
        synchronized (this) {
            if (version <= newestVersion) {
                return;
            }
            newestVersion = version;
        }
        entries.asMap().keySet().removeIf(k -> k.version() < version);
    }

    private Entry entry(
            HttpServletResponse response, DataVersion.Stamp stamp, byte[] body, boolean gzip) {
        List<String> headers = new ArrayList<>();
        for (String name : new LinkedHashSet<>(response.getHeaderNames())) {
            if (!NOT_KEPT.contains(name.toLowerCase(Locale.ROOT))) {
                for (String value : response.getHeaders(name)) {
                    headers.add(name);
                    headers.add(value);
                }
            }
        }
        List<String> notModified = new ArrayList<>(headers);
        List<String> vary = new ArrayList<>(response.getHeaders(HttpHeaders.VARY));
        for (String value : vary) {
            notModified.add(HttpHeaders.VARY);
            notModified.add(value);
        }
        String contentType = response.getContentType();
        // Tomcat's compression names Accept-Encoding in Vary whenever it could have gzipped the
        // answer, gzipping or not, in one line of lower-case names
        boolean compressible = compression.applies(contentType, body.length);
        boolean compressed = gzip && compressible;
        if (compressible) {
            headers.add(HttpHeaders.VARY);
            headers.add(varyWithAcceptEncoding(vary));
        } else {
            for (String value : vary) {
                headers.add(HttpHeaders.VARY);
                headers.add(value);
            }
        }
        if (compressed) {
            headers.add(HttpHeaders.CONTENT_ENCODING);
            headers.add("gzip");
        }
        return new Entry(
                VersionedResponses.etag(stamp),
                stamp.changedAt().toEpochMilli(),
                contentType,
                headers.toArray(String[]::new),
                notModified.toArray(String[]::new),
                compressed,
                compressed ? gzip(body) : body);
    }

    private static void send(HttpServletRequest request, HttpServletResponse response, Entry entry)
            throws IOException {
        if (conditional(request)) {
            // 304 (or 412) as the controllers' own check would answer
            addHeaders(response, entry.notModifiedHeaders());
            if (new ServletWebRequest(request, response)
                    .checkNotModified(entry.etag(), entry.lastModified())) {
                return;
            }
            response.reset();
        }
        addHeaders(response, entry.headers());
        response.setContentType(entry.contentType());
        response.setContentLength(entry.body().length);
        if (!"HEAD".equals(request.getMethod())) {
            response.getOutputStream().write(entry.body());
        }
    }

    /** Whether the request asks anything of the validators (most do not: no check then). */
    private static boolean conditional(HttpServletRequest request) {
        return request.getHeader(HttpHeaders.IF_NONE_MATCH) != null
                || request.getHeader(HttpHeaders.IF_MODIFIED_SINCE) != null
                || request.getHeader(HttpHeaders.IF_MATCH) != null
                || request.getHeader(HttpHeaders.IF_UNMODIFIED_SINCE) != null;
    }

    private static void addHeaders(HttpServletResponse response, String[] headers) {
        for (int i = 0; i < headers.length; i += 2) {
            response.addHeader(headers[i], headers[i + 1]);
        }
    }

    private static String varyWithAcceptEncoding(List<String> vary) {
        Set<String> names = new LinkedHashSet<>();
        for (String value : vary) {
            for (String name : value.split(",")) {
                if (!name.isBlank()) {
                    names.add(name.strip().toLowerCase(Locale.ROOT));
                }
            }
        }
        names.add("accept-encoding");
        return String.join(",", names);
    }

    static String requestKey(HttpServletRequest request, boolean gzip) {
        String uri = request.getRequestURI();
        StringBuilder key = new StringBuilder(160);
        key.append(gzip ? 'g' : 'i')
                .append(' ')
                .append(request.getScheme())
                .append("://")
                .append(request.getServerName())
                .append(':')
                .append(request.getServerPort())
                .append(uri);
        String query = request.getQueryString();
        if (query != null && !query.isEmpty()) {
            key.append('?').append(normalizedQuery(query, isEmbedPage(request, uri)));
        }
        key.append('\n').append(header(request, HttpHeaders.ORIGIN));
        key.append('\n').append(header(request, HttpHeaders.ACCEPT));
        return key.toString();
    }

    private static boolean isEmbedPage(HttpServletRequest request, String uri) {
        String path = uri.substring(request.getContextPath().length());
        return path.equals("/embed/rounds") || path.startsWith("/embed/rounds/");
    }

    /**
     * The parameters in the order of their names, values of one name in their own order (it can
     * matter); on an embed page only those it reads.
     */
    static String normalizedQuery(String query, boolean embedPage) {
        List<String[]> parameters = new ArrayList<>();
        for (String parameter : query.split("&")) {
            if (parameter.isEmpty()) {
                continue;
            }
            int equals = parameter.indexOf('=');
            String name =
                    URLDecoder.decode(
                            equals < 0 ? parameter : parameter.substring(0, equals),
                            StandardCharsets.UTF_8);
            if (!embedPage || EMBED_PAGE_PARAMETERS.contains(name)) {
                parameters.add(new String[] {name, parameter});
            }
        }
        // stable: values of one name keep their order
        parameters.sort(Comparator.comparing(p -> p[0]));
        StringBuilder normalized = new StringBuilder(query.length());
        for (String[] parameter : parameters) {
            if (!normalized.isEmpty()) {
                normalized.append('&');
            }
            normalized.append(parameter[1]);
        }
        return normalized.toString();
    }

    private static String header(HttpServletRequest request, String name) {
        String value = request.getHeader(name);
        return value == null ? "" : value;
    }

    /** Whether Accept-Encoding names gzip with a weight above zero (or no weight). */
    static boolean takesGzip(HttpServletRequest request) {
        var values = request.getHeaders(HttpHeaders.ACCEPT_ENCODING);
        while (values.hasMoreElements()) {
            for (String coding : values.nextElement().split(",")) {
                String[] parts = coding.split(";");
                if (!parts[0].strip().equalsIgnoreCase("gzip")) {
                    continue;
                }
                boolean zero = false;
                for (int i = 1; i < parts.length; i++) {
                    String p = parts[i].strip().toLowerCase(Locale.ROOT);
                    if (p.startsWith("q=")) {
                        try {
                            zero = Double.parseDouble(p.substring(2)) <= 0;
                        } catch (NumberFormatException e) {
                            zero = true;
                        }
                    }
                }
                if (!zero) {
                    return true;
                }
            }
        }
        return false;
    }

    private static byte[] gzip(byte[] body) {
        ByteArrayOutputStream out = new ByteArrayOutputStream(body.length / 4 + 64);
        try (GZIPOutputStream zip =
                new GZIPOutputStream(out) {
                    {
                        def.setLevel(Deflater.BEST_COMPRESSION);
                    }
                }) {
            zip.write(body);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }
}
