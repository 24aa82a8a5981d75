package org.ceasefiretimeline.embed.api;

import io.swagger.v3.oas.annotations.Hidden;
import jakarta.servlet.http.HttpServletRequest;
import org.springframework.http.CacheControl;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * Any other path under {@code /api/}: 404 as a problem detail naming it, like the API's other
 * errors. Answered here because a path no handler takes would reach Vaadin, whose page opens an
 * HTTP session and sets a cookie; every endpoint's own mapping wins over this pattern.
 */
@Hidden
@RestController
class UnknownApiPath {

    @GetMapping("/api/**")
    ResponseEntity<ProblemDetail> notFound(HttpServletRequest request) {
        ProblemDetail problem =
                ProblemDetail.forStatusAndDetail(
                        HttpStatus.NOT_FOUND,
                        "No endpoint at "
                                + request.getRequestURI()
                                + ": /v3/api-docs describes the API's endpoints");
        problem.setTitle("No such endpoint");
        return ResponseEntity.status(HttpStatus.NOT_FOUND)
                .cacheControl(CacheControl.noCache())
                .body(problem);
    }
}
