package org.ceasefiretimeline.embed;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Optional;
import org.ceasefiretimeline.reader.TimelineService;
import org.springframework.http.CacheControl;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

/**
 * {@code /embed/rounds/{slug}} and {@code /embed/rounds}: self-contained HTML for an iframe,
 * rendered once per data version and query, 304 while the reader's copy is current. A merged
 * round's old slug answers 301 with the kept round's page; any other path, 404 with a page.
 */
@Controller
class EmbedPageController {

    private static final MediaType HTML =
            new MediaType(MediaType.TEXT_HTML, java.nio.charset.StandardCharsets.UTF_8);

    /** What the rendered page depends on besides the data. */
    private record RoundKey(SiteLinks links, String slug, EmbedQuery query) {}

    private record RoundsKey(SiteLinks links, EmbedQuery query) {}

    private final EmbedPages pages;
    private final VersionedResponses responses;
    private final TimelineService timeline;

    EmbedPageController(EmbedPages pages, VersionedResponses responses, TimelineService timeline) {
        this.pages = pages;
        this.responses = responses;
        this.timeline = timeline;
    }

    @GetMapping("/embed/rounds/{slug}")
    void round(
            @PathVariable("slug") String slug,
            HttpServletRequest request,
            HttpServletResponse response)
            throws IOException {
        SiteLinks links = SiteLinks.of(request);
        EmbedQuery query = query(request, response, links);
        if (query == null) {
            return;
        }
        try {
            responses.respond(
                    request,
                    response,
                    new RoundKey(links, slug, query),
                    HTML,
                    () -> pages.round(links, slug, query));
        } catch (NoSuchRoundException e) {
            // a merged round's old slug: its page is the kept round's now
            Optional<String> current = timeline.currentSlug(slug);
            if (current.isPresent() && !current.get().equals(slug)) {
                response.setStatus(HttpServletResponse.SC_MOVED_PERMANENTLY);
                response.setHeader(
                        HttpHeaders.LOCATION,
                        OldSlugRedirects.location(request, slug, current.get()));
                return;
            }
            notFound(response, links, query);
        }
    }

    @GetMapping("/embed/rounds")
    void rounds(HttpServletRequest request, HttpServletResponse response) throws IOException {
        SiteLinks links = SiteLinks.of(request);
        EmbedQuery query = query(request, response, links);
        if (query != null) {
            responses.respond(
                    request,
                    response,
                    new RoundsKey(links, query),
                    HTML,
                    () -> pages.rounds(links, query));
        }
    }

    /**
     * Any other path under {@code /embed/} gets the page a slug no round has. Answered here because
     * a path no handler takes would reach Vaadin, whose page opens an HTTP session and sets a
     * cookie; every more specific mapping (a page, a script) wins over this pattern.
     */
    @GetMapping("/embed/**")
    void unknown(HttpServletRequest request, HttpServletResponse response) throws IOException {
        EmbedQuery query;
        try {
            query = EmbedQuery.of(request.getParameterMap());
        } catch (BadEmbedQueryException e) {
            // the path is what is wrong: 404 whatever the query says
            query = EmbedQuery.NONE;
        }
        notFound(response, SiteLinks.of(request), query);
    }

    private void notFound(HttpServletResponse response, SiteLinks links, EmbedQuery query)
            throws IOException {
        page(
                response,
                HttpServletResponse.SC_NOT_FOUND,
                pages.message(
                        links,
                        query,
                        "notFound.title",
                        new EmbedText(query.language()).get("notFound.text")));
    }

    /** The request's query, or null once a 400 page saying what is wrong with it is sent. */
    private EmbedQuery query(
            HttpServletRequest request, HttpServletResponse response, SiteLinks links)
            throws IOException {
        try {
            return EmbedQuery.of(request.getParameterMap());
        } catch (BadEmbedQueryException e) {
            page(
                    response,
                    HttpServletResponse.SC_BAD_REQUEST,
                    pages.message(links, EmbedQuery.NONE, "badQuery.title", e.getMessage()));
            return null;
        }
    }

    /** An error page: not cached, so a round that appears later is seen at once. */
    private static void page(HttpServletResponse response, int status, byte[] body)
            throws IOException {
        response.setStatus(status);
        response.setHeader(HttpHeaders.CACHE_CONTROL, CacheControl.noCache().getHeaderValue());
        response.setContentType(HTML.toString());
        response.setContentLength(body.length);
        response.getOutputStream().write(body);
    }
}
