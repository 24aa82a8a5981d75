package org.ceasefiretimeline.embed;

import java.time.Duration;
import org.springframework.http.CacheControl;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.util.DigestUtils;
import org.springframework.web.bind.annotation.GetMapping;

/** {@code /embed/resize.js}: the few lines a host page includes to size our iframes. */
@Controller
class ResizeScriptController {

    private final byte[] script;
    private final String etag;

    ResizeScriptController(EmbedAssets assets) {
        this.script = assets.resizeSnippet();
        // weak: Tomcat gzips no answer with a strong ETag, which would name the plain bytes only
        this.etag = "W/\"" + DigestUtils.md5DigestAsHex(script) + "\"";
    }

    @GetMapping("/embed/resize.js")
    ResponseEntity<byte[]> resizeScript() {
        // Spring answers 304 itself for a matching If-None-Match
        return ResponseEntity.ok()
                .contentType(
                        new MediaType(
                                "text", "javascript", java.nio.charset.StandardCharsets.UTF_8))
                .cacheControl(
                        CacheControl.maxAge(Duration.ofHours(1))
                                .cachePublic()
                                .staleWhileRevalidate(Duration.ofDays(1)))
                .eTag(etag)
                .body(script);
    }
}
