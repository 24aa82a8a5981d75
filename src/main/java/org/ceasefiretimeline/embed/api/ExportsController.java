package org.ceasefiretimeline.embed.api;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import org.ceasefiretimeline.embed.VersionedResponses;
import org.ceasefiretimeline.embed.export.CsvExport;
import org.ceasefiretimeline.embed.export.IcsExport;
import org.ceasefiretimeline.embed.export.TimelineJsExport;
import org.ceasefiretimeline.reader.TimelineService;
import org.ceasefiretimeline.reader.TimelineViews.RoundDetail;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

/** A whole round in other tools' formats: TimelineJS3, spreadsheets, calendars. */
@RestController
@Tag(name = "Exports", description = "A round for TimelineJS3, spreadsheets and calendars")
class ExportsController {

    static final MediaType CSV =
            new MediaType(
                    MediaType.parseMediaType("text/csv;header=present"), StandardCharsets.UTF_8);
    static final MediaType ICS = new MediaType("text", "calendar", StandardCharsets.UTF_8);

    private record TimelineJs(String slug) {}

    private record Csv(String slug) {}

    private record Ics(String slug) {}

    private final TimelineService timeline;
    private final VersionedResponses responses;
    private final ApiJson json;

    ExportsController(TimelineService timeline, VersionedResponses responses, ApiJson json) {
        this.timeline = timeline;
        this.responses = responses;
        this.json = json;
    }

    @GetMapping(
            path = "/api/v1/rounds/{slug}/timelinejs.json",
            produces = MediaType.APPLICATION_JSON_VALUE)
    @Operation(
            summary = "The round in TimelineJS3's JSON format",
            description =
                    "For new TL.Timeline(element, url): a slide per dated event, a group per event"
                            + " type, an era for the round.")
    void timelineJs(
            @PathVariable("slug") String slug,
            HttpServletRequest request,
            HttpServletResponse response)
            throws IOException {
        responses.respond(
                request,
                response,
                new TimelineJs(slug),
                MediaType.APPLICATION_JSON,
                () -> json.write(TimelineJsExport.of(round(slug))));
    }

    @GetMapping(path = "/api/v1/rounds/{slug}/events.csv", produces = "text/csv")
    @Operation(summary = "The round's events as CSV (RFC 4180), one row per event")
    void csv(
            @PathVariable("slug") String slug,
            HttpServletRequest request,
            HttpServletResponse response)
            throws IOException {
        saveAs(response, slug, slug + ".csv");
        responses.respond(
                request,
                response,
                new Csv(slug),
                CSV,
                () -> CsvExport.of(round(slug).events()).getBytes(StandardCharsets.UTF_8));
    }

    @GetMapping(path = "/api/v1/rounds/{slug}/events.ics", produces = "text/calendar")
    @Operation(summary = "The round's dated events as an iCalendar file")
    void ics(
            @PathVariable("slug") String slug,
            HttpServletRequest request,
            HttpServletResponse response)
            throws IOException {
        saveAs(response, slug, slug + ".ics");
        responses.respond(
                request,
                response,
                new Ics(slug),
                ICS,
                () -> IcsExport.of(round(slug)).getBytes(StandardCharsets.UTF_8));
    }

    /**
     * The file name browsers save the export under; asked first, so that an unknown round's problem
     * detail is not offered as a file.
     */
    private void saveAs(HttpServletResponse response, String slug, String fileName) {
        if (!timeline.roundExists(slug)) {
            throw new UnknownRoundException(slug);
        }
        response.setHeader(
                HttpHeaders.CONTENT_DISPOSITION,
                ContentDisposition.attachment().filename(fileName).build().toString());
    }

    private RoundDetail round(String slug) {
        return timeline.round(slug).orElseThrow(() -> new UnknownRoundException(slug));
    }
}
