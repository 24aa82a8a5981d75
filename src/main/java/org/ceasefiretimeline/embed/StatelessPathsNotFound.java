package org.ceasefiretimeline.embed;

import org.springframework.http.CacheControl;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;

/**
 * Any other path under {@code /embed/}: 404 here, because a path no handler takes would reach
 * Vaadin, whose page opens an HTTP session and sets a cookie. Every more specific mapping (a page,
 * a script) wins over this pattern; {@code api.UnknownApiPath} answers the API's.
 */
@Controller
class StatelessPathsNotFound {

    @GetMapping("/embed/**")
    ResponseEntity<String> notFound() {
        return ResponseEntity.status(404)
                .cacheControl(CacheControl.noCache())
                .contentType(MediaType.TEXT_PLAIN)
                .body("Not found");
    }
}
