package org.ceasefiretimeline.embed;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import org.springframework.stereotype.Component;

/**
 * The embed page's stylesheet and script, inlined in every page (one request per embed, nothing for
 * a host's content policy to block), and the host page's resize snippet; read once.
 */
@Component
public class EmbedAssets {

    private final String css = read("embed.css");
    private final String script = read("embed.js");
    private final byte[] resizeSnippet = read("resize.js").getBytes(StandardCharsets.UTF_8);

    public String css() {
        return css;
    }

    public String script() {
        return script;
    }

    byte[] resizeSnippet() {
        return resizeSnippet.clone();
    }

    private static String read(String name) {
        try (InputStream in = EmbedAssets.class.getResourceAsStream(name)) {
            if (in == null) {
                throw new IllegalStateException("missing resource " + name);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
