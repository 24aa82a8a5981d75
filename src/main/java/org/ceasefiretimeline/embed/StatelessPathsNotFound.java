package org.ceasefiretimeline.embed;

import org.springframework.http.CacheControl;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;

/**
 * Any other path under {@code /embed/} or {@code /api/}: 404 here, because a path no handler takes
 * would reach Vaadin, whose page opens an HTTP session and sets a cookie. Every more specific
 * mapping (a page, an API endpoint, a script) wins over these patterns.
 */
@Controller
class StatelessPathsNotFound {

    @GetMapping({"/embed/**", "/api/**"})
    ResponseEntity<String> notFound() {
        return ResponseEntity.status(404)
                .cacheControl(CacheControl.noCache())
                .contentType(MediaType.TEXT_PLAIN)
                .body("Not found");
    }
}
