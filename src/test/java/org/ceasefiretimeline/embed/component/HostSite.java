package org.ceasefiretimeline.embed.component;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.BindException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.ceasefiretimeline.base.TestPorts;

/**
 * A newsroom's site on another origin than the app (127.0.0.1 on a port of its own, where the app
 * is on localhost): pages set by the test, and files from a folder under {@code /files/}.
 */
final class HostSite implements AutoCloseable {

    /**
     * The ports our test servers may take on this machine; the first few are
     * TwoInstancesBehindNginxIT's.
     */
    private static final int FIRST_PORT = TestPorts.first() + 5;

    private static final int LAST_PORT = TestPorts.last();

    private final HttpServer server;
    private final Map<String, String> pages = new ConcurrentHashMap<>();

    HostSite(Path files) throws IOException {
        server = bind();
        server.createContext("/", this::page);
        server.createContext("/files/", exchange -> file(exchange, files));
        server.start();
    }

    private static HttpServer bind() throws IOException {
        for (int port = FIRST_PORT; port <= LAST_PORT; port++) {
            try {
                return HttpServer.create(
                        new InetSocketAddress(InetAddress.getLoopbackAddress(), port), 0);
            } catch (BindException taken) {
                // another test's or engineer's server: try the next port
            }
        }
        throw new IOException("No free port from " + FIRST_PORT + " to " + LAST_PORT);
    }

    String origin() {
        return "http://127.0.0.1:" + server.getAddress().getPort();
    }

    /** Serves {@code html} at {@code path} and gives its URL. */
    String page(String path, String html) {
        pages.put(path, html);
        return origin() + path;
    }

    private void page(HttpExchange exchange) throws IOException {
        String html = pages.get(exchange.getRequestURI().getPath());
        if (html == null) {
            send(exchange, 404, "text/plain", "no such page".getBytes(StandardCharsets.UTF_8));
        } else {
            send(exchange, 200, "text/html; charset=utf-8", html.getBytes(StandardCharsets.UTF_8));
        }
    }

    private static void file(HttpExchange exchange, Path root) throws IOException {
        Path file =
                root.resolve(exchange.getRequestURI().getPath().substring("/files/".length()))
                        .normalize();
        if (!file.startsWith(root) || !Files.isRegularFile(file)) {
            send(exchange, 404, "text/plain", "no such file".getBytes(StandardCharsets.UTF_8));
            return;
        }
        String name = file.getFileName().toString();
        String type =
                name.endsWith(".js")
                        ? "text/javascript"
                        : name.endsWith(".css")
                                ? "text/css"
                                : name.endsWith(".json")
                                        ? "application/json"
                                        : "application/octet-stream";
        send(exchange, 200, type, Files.readAllBytes(file));
    }

    private static void send(HttpExchange exchange, int status, String type, byte[] body)
            throws IOException {
        exchange.getResponseHeaders().set("Content-Type", type);
        exchange.sendResponseHeaders(status, body.length);
        try (OutputStream out = exchange.getResponseBody()) {
            out.write(body);
        }
    }

    @Override
    public void close() {
        server.stop(0);
    }
}
