package org.ceasefiretimeline.embed.api;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.ceasefiretimeline.embed.export.CsvExport;
import org.ceasefiretimeline.embed.export.IcsExport;
import org.ceasefiretimeline.embed.export.TimelineJsExport;
import org.ceasefiretimeline.reader.TimelineService;
import org.ceasefiretimeline.reader.TimelineViews.RoundDetail;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

/** A whole round in other tools' formats: TimelineJS3, spreadsheets, calendars. */
@RestController
@Tag(name = "Exports", description = "A round for TimelineJS3, spreadsheets and calendars")
class ExportsController {

    static final MediaType CSV = MediaType.parseMediaType("text/csv;header=present");
    static final MediaType ICS = MediaType.parseMediaType("text/calendar");

    private record TimelineJs(String slug) {}

    private record Csv(String slug) {}

    private record Ics(String slug) {}

    private final TimelineService timeline;
    private final VersionedResponses responses;

    ExportsController(TimelineService timeline, VersionedResponses responses) {
        this.timeline = timeline;
        this.responses = responses;
    }

    @GetMapping(
            path = "/api/v1/rounds/{slug}/timelinejs.json",
            produces = MediaType.APPLICATION_JSON_VALUE)
    @Operation(
            summary = "The round in TimelineJS3's JSON format",
            description =
                    "For new TL.Timeline(element, url): a slide per dated event, a group per event"
                            + " type, an era for the round.")
    ResponseEntity<byte[]> timelineJs(@PathVariable String slug) {
        return responses.json(new TimelineJs(slug), r -> TimelineJsExport.of(round(r.slug())));
    }

    @GetMapping(path = "/api/v1/rounds/{slug}/events.csv", produces = "text/csv")
    @Operation(summary = "The round's events as CSV (RFC 4180), one row per event")
    ResponseEntity<byte[]> csv(@PathVariable String slug) {
        return responses.file(
                new Csv(slug), CSV, slug + ".csv", r -> CsvExport.of(round(r.slug()).events()));
    }

    @GetMapping(path = "/api/v1/rounds/{slug}/events.ics", produces = "text/calendar")
    @Operation(summary = "The round's dated events as an iCalendar file")
    ResponseEntity<byte[]> ics(@PathVariable String slug) {
        return responses.file(
                new Ics(slug), ICS, slug + ".ics", r -> IcsExport.of(round(r.slug())));
    }

    private RoundDetail round(String slug) {
        return timeline.round(slug).orElseThrow(() -> new UnknownRoundException(slug));
    }
}
