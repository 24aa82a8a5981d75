package org.ceasefiretimeline.embed;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Optional;
import org.ceasefiretimeline.reader.TimelineService;
import org.ceasefiretimeline.reader.TimelineViews.RoundSummary;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;

/**
 * oEmbed 1.0 for our round pages, so that a CMS given a link to a round (the reader's page or the
 * embed page) embeds the iframe: {@code type: rich}; a merged round's old address embeds the kept
 * round. 404 for any other address, 501 for any format but JSON, 400 with a problem detail naming
 * the parameter for a missing url or a size that is no number.
 */
@Controller
class OEmbedController {

    private record Key(SiteLinks links, OEmbedTarget target, int width, int height) {}

    private final TimelineService timeline;
    private final VersionedResponses responses;
    private final ObjectMapper json;
    private final EmbedPages pages;

    OEmbedController(
            TimelineService timeline,
            VersionedResponses responses,
            ObjectMapper json,
            EmbedPages pages) {
        this.pages = pages;
        this.timeline = timeline;
        this.responses = responses;
        this.json = json;
    }

    @GetMapping("/oembed")
    ResponseEntity<?> oembed(
            @RequestParam(name = "url", required = false) String url,
            @RequestParam(name = "maxwidth", required = false) Integer maxwidth,
            @RequestParam(name = "maxheight", required = false) Integer maxheight,
            @RequestParam(name = "format", required = false) String format,
            HttpServletRequest request,
            HttpServletResponse response)
            throws IOException {
        if (format != null && !format.equalsIgnoreCase("json")) {
            return plain(501, "Only format=json is implemented.");
        }
        if (url == null || url.isBlank()) {
            return ResponseEntity.badRequest()
                    .body(ParameterProblems.invalid("url", "url is required"));
        }
        SiteLinks links = SiteLinks.of(request);
        // a merged round's old address embeds the round that holds its events now
        Optional<OEmbedTarget> target =
                OEmbedTarget.parse(url, request)
                        .flatMap(
                                t ->
                                        timeline.currentSlug(t.slug())
                                                .map(
                                                        current ->
                                                                new OEmbedTarget(
                                                                        current, t.query(),
                                                                        t.event())));
        Optional<RoundSummary> round = target.flatMap(t -> timeline.roundSummary(t.slug()));
        if (round.isEmpty()) {
            return plain(404, "Not a round of this site: " + url);
        }
        int width = fit(OEmbedAnswer.WIDTH, maxwidth);
        int height = fit(OEmbedAnswer.HEIGHT, maxheight);
        responses.respond(
                request,
                response,
                new Key(links, target.get(), width, height),
                MediaType.APPLICATION_JSON,
                () ->
                        bytes(
                                OEmbedAnswer.of(
                                        links,
                                        round.get(),
                                        pages.snippet(
                                                links,
                                                target.get().embedUrl(links),
                                                round.get().name(),
                                                width,
                                                height),
                                        width,
                                        height)));
        return null;
    }

    /** A maxwidth or maxheight that is no number. */
    @ExceptionHandler
    ResponseEntity<ProblemDetail> mismatch(MethodArgumentTypeMismatchException e) {
        return ResponseEntity.badRequest()
                .body(ParameterProblems.mismatch(e.getName(), e.getValue(), e.getRequiredType()));
    }

    private static int fit(int preferred, Integer max) {
        return max == null || max <= 0 ? preferred : Math.min(preferred, max);
    }

    private byte[] bytes(OEmbedAnswer answer) {
        try {
            return json.writeValueAsBytes(answer);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    private static ResponseEntity<String> plain(int status, String message) {
        return ResponseEntity.status(status).contentType(MediaType.TEXT_PLAIN).body(message);
    }
}
