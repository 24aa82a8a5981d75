package org.ceasefiretimeline.embed.api;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.time.LocalDate;
import java.util.List;
import org.ceasefiretimeline.embed.VersionedResponses;
import org.ceasefiretimeline.embed.api.ApiModel.EventPage;
import org.ceasefiretimeline.extract.EventType;
import org.ceasefiretimeline.reader.TimelineService;
import org.ceasefiretimeline.reader.TimelineViews.EventKey;
import org.ceasefiretimeline.reader.TimelineViews.EventQuery;
import org.ceasefiretimeline.reader.TimelineViews.EventView;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
@Tag(name = "Events", description = "Dated events of every round, with their sources")
class EventsApiController {

    static final int DEFAULT_LIMIT = 50;
    static final int MAX_LIMIT = 200;

    /** What a page of events is asked for: the cache key, after parsing. */
    private record EventsRequest(EventQuery query, EventKey after, int limit) {}

    private final TimelineService timeline;
    private final VersionedResponses responses;
    private final ApiJson json;

    EventsApiController(TimelineService timeline, VersionedResponses responses, ApiJson json) {
        this.timeline = timeline;
        this.responses = responses;
        this.json = json;
    }

    @GetMapping(path = "/api/v1/events", produces = MediaType.APPLICATION_JSON_VALUE)
    @Operation(
            summary = "Events in date order, a page at a time",
            description =
                    "Undated events come last; ties go by id. Pass the 'next' of a page as 'cursor' to"
                            + " get the one after it; the last page has no 'next'. Filters combine;"
                            + " repeat 'actor' or 'type' (or separate values by commas) for any of"
                            + " several.")
    @ApiResponse(
            responseCode = "200",
            content = @Content(schema = @Schema(implementation = EventPage.class)))
    @ApiResponse(
            responseCode = "400",
            description = "A bad cursor, date, type or limit",
            content =
                    @Content(
                            mediaType = MediaType.APPLICATION_PROBLEM_JSON_VALUE,
                            schema = @Schema(implementation = ProblemDetail.class)))
    @ApiResponse(
            responseCode = "404",
            description = "No round has the slug given as 'round'",
            content =
                    @Content(
                            mediaType = MediaType.APPLICATION_PROBLEM_JSON_VALUE,
                            schema = @Schema(implementation = ProblemDetail.class)))
    void events(
            @Parameter(description = "a round's slug")
                    @RequestParam(name = "round", required = false)
                    String round,
            @Parameter(description = "an actor's name, such as Egypt")
                    @RequestParam(name = "actor", required = false)
                    List<String> actors,
            @Parameter(description = "an event type") @RequestParam(name = "type", required = false)
                    List<EventType> types,
            @Parameter(description = "the first day events may start on (ISO date)")
                    @RequestParam(name = "from", required = false)
                    @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
                    LocalDate from,
            @Parameter(description = "the last day events may start on (ISO date)")
                    @RequestParam(name = "to", required = false)
                    @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
                    LocalDate to,
            @Parameter(description = "the 'next' of the previous page")
                    @RequestParam(name = "cursor", required = false)
                    String cursor,
            @Parameter(description = "events per page, 1 to " + MAX_LIMIT)
                    @RequestParam(name = "limit", defaultValue = "" + DEFAULT_LIMIT)
                    int limit,
            HttpServletRequest http,
            HttpServletResponse response)
            throws IOException {
        if (limit < 1 || limit > MAX_LIMIT) {
            throw new InvalidParameterException(
                    "limit", "limit must be from 1 to " + MAX_LIMIT + ", not " + limit);
        }
        if (from != null && to != null && to.isBefore(from)) {
            throw new InvalidParameterException(
                    "to", "'to' (" + to + ") is before 'from' (" + from + ")");
        }
        EventsRequest asked =
                new EventsRequest(
                        new EventQuery(round, actors, types, from, to),
                        cursor == null ? null : EventCursor.decode(cursor),
                        limit);
        responses.respond(
                http, response, asked, MediaType.APPLICATION_JSON, () -> json.write(page(asked)));
    }

    /** One more event than asked for tells whether there is a next page. */
    private EventPage page(EventsRequest request) {
        String round = request.query().roundSlug();
        if (round != null && !timeline.roundExists(round)) {
            throw new UnknownRoundException(round);
        }
        List<EventView> events =
                timeline.eventsInOrder(request.query(), request.after(), request.limit() + 1);
        boolean more = events.size() > request.limit();
        List<EventView> page = more ? events.subList(0, request.limit()) : events;
        return new EventPage(
                page.stream().map(ApiModels::event).toList(),
                more ? EventCursor.encode(EventKey.of(page.get(page.size() - 1))) : null);
    }
}
