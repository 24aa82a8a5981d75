package org.ceasefiretimeline.embed.component;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import org.ceasefiretimeline.embed.VersionedResponses;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * Serves the {@code <ceasefire-timeline>} custom element's module script, outside Vaadin's bundle:
 * no session, a validator from its content, cacheable like the embed pages (the URL stays the same
 * across releases, so browsers revalidate after a minute).
 */
@RestController
class EmbedScriptController {

    private static final String SCRIPT = "ceasefire-timeline.js";

    private final byte[] script;
    private final String etag;

    EmbedScriptController() {
        try (InputStream in = EmbedScriptController.class.getResourceAsStream(SCRIPT)) {
            script = in.readAllBytes();
            etag =
                    "\""
                            + HexFormat.of()
                                    .formatHex(
                                            MessageDigest.getInstance("SHA-256").digest(script),
                                            0,
                                            8)
                            + "\"";
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    @GetMapping("/embed/" + SCRIPT)
    ResponseEntity<byte[]> script() {
        return ResponseEntity.ok()
                .contentType(new MediaType("text", "javascript", StandardCharsets.UTF_8))
                .cacheControl(VersionedResponses.CACHE_CONTROL)
                .eTag(etag)
                .body(script);
    }
}
