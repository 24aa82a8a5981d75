package org.ceasefiretimeline.embed;

import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.Map;

/**
 * A newsroom's page on another origin ({@code http://127.0.0.1:{its port}} while the app is on
 * {@code localhost}), embedding our iframe the way the README tells a newsroom to.
 */
final class HostPageServer implements AutoCloseable {

    private final HttpServer server;

    /**
     * @param pages by path, the HTML to serve
     */
    HostPageServer(Map<String, String> pages) throws IOException {
        server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        pages.forEach(
                (path, html) ->
                        server.createContext(
                                path,
                                exchange -> {
                                    byte[] body = html.getBytes(StandardCharsets.UTF_8);
                                    exchange.getResponseHeaders()
                                            .set("Content-Type", "text/html; charset=utf-8");
                                    exchange.sendResponseHeaders(200, body.length);
                                    try (OutputStream out = exchange.getResponseBody()) {
                                        out.write(body);
                                    }
                                }));
        server.start();
    }

    String url(String path) {
        return "http://127.0.0.1:" + server.getAddress().getPort() + path;
    }

    /** An article with the embed between two paragraphs, logging what the iframe tells it. */
    static String article(String iframeSrc, String appOrigin, String extraIframe) {
        return """
                <!DOCTYPE html>
                <html lang="en"><head><meta charset="utf-8">
                <meta name="viewport" content="width=device-width, initial-scale=1">
                <title>A newsroom's article</title>
                <style>body{font:17px/1.5 Georgia,serif;margin:0 auto;max-width:760px;padding:16px}
                h1{font-size:28px}</style></head>
                <body>
                <h1>Ceasefire talks: how the days unfolded</h1>
                <p>Our reporters followed every proposal and answer. The timeline below is kept up to
                date as the talks go on; click an event to get a link to it.</p>
                <iframe id="timeline" src="%s" data-ceasefire-timeline title="Ceasefire timeline"
                  width="720" height="300" style="border:0;width:100%%"></iframe>
                <script async src="%s/embed/resize.js"></script>
                <script>
                  window.hostLog = [];
                  document.addEventListener('ceasefire-timeline:event', e => hostLog.push(e.detail.hash));
                  window.pymLog = [];
                  addEventListener('message', e => {
                    if (typeof e.data === 'string' && e.data.startsWith('pymx')) { pymLog.push(e.data); }
                  });
                </script>
                %s
                <p>The story continues after the timeline.</p>
                </body></html>
                """
                .formatted(iframeSrc, appOrigin, extraIframe);
    }

    @Override
    public void close() {
        server.stop(0);
    }
}
