package org.ceasefiretimeline.embed.component;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.Map;
import org.ceasefiretimeline.embed.VersionedResponses;
import org.ceasefiretimeline.extract.EventType;
import org.ceasefiretimeline.extract.Stance;
import org.ceasefiretimeline.timeline.EventTypes;
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
    private static final ObjectMapper JSON = new ObjectMapper();

    private final byte[] script;
    private final String etag;

    EmbedScriptController() {
        try (InputStream in = EmbedScriptController.class.getResourceAsStream(SCRIPT)) {
            script = withLabels(new String(in.readAllBytes(), StandardCharsets.UTF_8));
            // weak: Tomcat gzips no answer with a strong ETag, which would name the plain bytes
            // only
            etag =
                    "W/\""
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

    /**
     * The script with the event types' and stances' labels of {@link EventTypes}, so that the
     * component names events as the reader's pages do, from the one list of labels.
     */
    private static byte[] withLabels(String source) {
        Map<String, String> types = new LinkedHashMap<>();
        for (EventType type : EventType.values()) {
            types.put(type.name(), EventTypes.label(type));
        }
        Map<String, String> stances = new LinkedHashMap<>();
        for (Stance stance : Stance.values()) {
            stances.put(stance.name(), EventTypes.label(EventType.RESPONSE, stance));
        }
        String script =
                fill(
                        fill(source, "/* event type labels */ {}", types),
                        "/* stance labels */ {}",
                        stances);
        return script.getBytes(StandardCharsets.UTF_8);
    }

    private static String fill(String source, String placeholder, Map<String, String> labels) {
        if (!source.contains(placeholder)) {
            throw new IllegalStateException(SCRIPT + " has no " + placeholder + " to fill in");
        }
        try {
            return source.replace(placeholder, JSON.writeValueAsString(labels));
        } catch (JsonProcessingException e) {
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
