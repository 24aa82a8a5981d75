package org.ceasefiretimeline.embed.api;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.ceasefiretimeline.embed.VersionedResponses;
import org.ceasefiretimeline.embed.api.ApiModel.RoundDocument;
import org.ceasefiretimeline.embed.api.ApiModel.RoundList;
import org.ceasefiretimeline.reader.TimelineService;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping(path = "/api/v1/rounds", produces = MediaType.APPLICATION_JSON_VALUE)
@Tag(name = "Rounds", description = "Rounds of talks, with their proposals and the answers to them")
class RoundsApiController {

    private record AllRounds() {}

    private record OneRound(String slug) {}

    private final TimelineService timeline;
    private final VersionedResponses responses;
    private final ApiJson json;

    RoundsApiController(TimelineService timeline, VersionedResponses responses, ApiJson json) {
        this.timeline = timeline;
        this.responses = responses;
        this.json = json;
    }

    @GetMapping
    @Operation(summary = "Every round, newest first")
    @ApiResponse(
            responseCode = "200",
            content = @Content(schema = @Schema(implementation = RoundList.class)))
    void rounds(HttpServletRequest request, HttpServletResponse response) throws IOException {
        responses.respond(
                request,
                response,
                new AllRounds(),
                MediaType.APPLICATION_JSON,
                () ->
                        json.write(
                                new RoundList(
                                        timeline.rounds().stream()
                                                .map(ApiModels::round)
                                                .toList())));
    }

    @GetMapping("/{slug}")
    @Operation(
            summary =
                    "A round with its proposals: their terms, the dates they give and their answers")
    @ApiResponse(
            responseCode = "200",
            content = @Content(schema = @Schema(implementation = RoundDocument.class)))
    @ApiResponse(
            responseCode = "404",
            description = "No round has this slug",
            content =
                    @Content(
                            mediaType = MediaType.APPLICATION_PROBLEM_JSON_VALUE,
                            schema = @Schema(implementation = ProblemDetail.class)))
    void round(
            @PathVariable("slug") String slug,
            HttpServletRequest request,
            HttpServletResponse response)
            throws IOException {
        responses.respond(
                request,
                response,
                new OneRound(slug),
                MediaType.APPLICATION_JSON,
                () ->
                        json.write(
                                ApiModels.round(
                                        timeline.round(slug)
                                                .orElseThrow(
                                                        () -> new UnknownRoundException(slug)))));
    }
}
