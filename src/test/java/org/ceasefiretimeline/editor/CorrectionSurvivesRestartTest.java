package org.ceasefiretimeline.editor;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.ceasefiretimeline.Application;
import org.ceasefiretimeline.extract.EventType;
import org.ceasefiretimeline.extract.Precision;
import org.ceasefiretimeline.importing.ArticleImporter;
import org.ceasefiretimeline.importing.ImportCommand;
import org.ceasefiretimeline.importing.ImportResult;
import org.ceasefiretimeline.reader.TimelineService;
import org.ceasefiretimeline.timeline.ArticleRepository;
import org.ceasefiretimeline.timeline.RoundRepository;
import org.ceasefiretimeline.timeline.TimelineEvent;
import org.ceasefiretimeline.timeline.TimelineEventRepository;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * An editor's correction survives a restart on the H2 file database and later imports of the same
 * event.
 */
@Tag("database")
class CorrectionSurvivesRestartTest {

    @TempDir Path dir;

    private ConfigurableApplicationContext start() {
        return new SpringApplicationBuilder(Application.class)
                .web(WebApplicationType.NONE)
                .run(
                        "--spring.datasource.url=jdbc:h2:file:"
                                + dir.resolve("db").toAbsolutePath(),
                        "--spring.autoconfigure.exclude=" + ImportCommand.NO_WEB,
                        "--ceasefire.import-seeds-on-start=true");
    }

    private static TimelineEvent egyptianProposal(ConfigurableApplicationContext context) {
        var rounds = context.getBean(RoundRepository.class);
        return context.getBean(TimelineEventRepository.class)
                .findByRoundAndType(
                        rounds.findBySlug("2021-05-israel-hamas").orElseThrow(), EventType.PROPOSAL)
                .get(0);
    }

    @Test
    void a_corrected_date_is_kept_across_a_restart_and_a_new_report_of_the_same_proposal()
            throws Exception {
        LocalDate corrected = LocalDate.of(2021, 5, 12);
        long id;
        try (var first = start()) {
            TimelineEvent proposal = egyptianProposal(first);
            id = proposal.getId();
            first.getBean(CorrectionService.class)
                    .correct(
                            id,
                            proposal.getVersion(),
                            new EventCorrection(
                                    corrected.atStartOfDay(),
                                    corrected.atStartOfDay(),
                                    Precision.DAY,
                                    EventType.PROPOSAL,
                                    null,
                                    List.of("Egypt"),
                                    null,
                                    "2021-05-israel-hamas"),
                            "Egypt tabled it on Wednesday",
                            "dana");
        }
        // the same report with one word changed is new content that names the same proposal
        Path again = dir.resolve("again");
        Files.createDirectories(again);
        Files.writeString(
                again.resolve("copy.txt"),
                Files.readString(Path.of("seed-articles/002_fa48d1a688ad73ed.txt"))
                        .replace("Report:", "Updated report:"));
        Files.writeString(
                again.resolve("manifest.json"),
                "{\"articles\": [{\"file\": \"copy.txt\", \"published\": \"2021-05-16\", \"publisher\": \"Wire copy\"}]}");
        try (var second = start()) {
            ImportResult result = second.getBean(ArticleImporter.class).importPaths(List.of(again));
            assertThat(result.added()).isEqualTo(1);
            TimelineEvent proposal = egyptianProposal(second);
            assertThat(proposal.getId()).isEqualTo(id);
            assertThat(proposal.getStart().toLocalDate()).isEqualTo(corrected);
            assertThat(proposal.isCorrected()).isTrue();
            assertThat(
                            second
                                    .getBean(TimelineService.class)
                                    .round("2021-05-israel-hamas")
                                    .orElseThrow()
                                    .events()
                                    .stream()
                                    .filter(e -> e.id() == id)
                                    .findFirst()
                                    .orElseThrow()
                                    .sources())
                    .hasSize(3);
            assertThat(second.getBean(ArticleRepository.class).count()).isEqualTo(6);
        }
    }
}
