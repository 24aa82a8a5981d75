package org.ceasefiretimeline.editor;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.ceasefiretimeline.Application;
import org.ceasefiretimeline.base.PostgresTestDatabases;
import org.ceasefiretimeline.base.TestPostgres;
import org.ceasefiretimeline.extract.EventType;
import org.ceasefiretimeline.extract.Precision;
import org.ceasefiretimeline.importing.ImportCommand;
import org.ceasefiretimeline.reader.TimelineService;
import org.ceasefiretimeline.reader.TimelineViews;
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
 * {@code export --corrections} from an H2 file database, then, on a fresh database (PostgreSQL when
 * the tests run on it: the README's move from H2), {@code import} of the same articles and {@code
 * import --corrections}: every correction back with its editor, reason and time, the history as
 * before; a second run finds them applied; a correction whose event is gone is named. (The commands
 * each start the application: five starts in all, so the checks share them.)
 */
@Tag("database")
class CorrectionBackupTest {

    private static final String MAY_2021 = "2021-05-israel-hamas";

    @TempDir Path dir;

    @Test
    void corrections_exported_from_h2_come_back_on_a_fresh_database_with_their_history()
            throws Exception {
        String h2 = "--spring.datasource.url=jdbc:h2:file:" + dir.resolve("h2/db");
        String keepH2 = "--" + PostgresTestDatabases.KEEP_H2 + "=true";
        String[] fresh =
                TestPostgres.server().isPresent()
                        ? new String[] {
                            "--spring.datasource.url="
                                    + TestPostgres.freshDatabase("moved_from_h2"),
                            "--spring.datasource.username=" + TestPostgres.USER
                        }
                        : new String[] {
                            "--spring.datasource.url=jdbc:h2:file:" + dir.resolve("fresh/db")
                        };
        String proposalKey;
        List<HistoryEntry> before;
        try (var source = start(h2, keepH2)) {
            TimelineEvent proposal = egyptianProposal(source);
            proposalKey = proposal.getStableKey();
            CorrectionService corrections = source.getBean(CorrectionService.class);
            corrections.correct(
                    proposal.getId(),
                    proposal.getVersion(),
                    new EventCorrection(
                            LocalDate.of(2021, 5, 12).atStartOfDay(),
                            LocalDate.of(2021, 5, 12).atStartOfDay(),
                            Precision.DAY,
                            EventType.PROPOSAL,
                            null,
                            List.of("Egypt"),
                            null,
                            MAY_2021),
                    "Egypt tabled it on Wednesday",
                    "dana");
            corrections.editTerms(
                    proposal.getId(),
                    new TimelineViews.TermsView("one year", null, null, null),
                    "The wire gives a year",
                    "omar");
            corrections.verify(List.of(talks(source).getId()), "dana");
            before = corrections.history(proposal.getId());
        }
        Path backup = dir.resolve("corrections.json");
        assertThat(new CorrectionsCommand().export(Application.class, args(backup, h2, keepH2)))
                .isZero();
        assertThat(Files.readString(backup))
                .contains("Egypt tabled it on Wednesday", "dana", "omar", "one year");

        String[] importSeeds = concat(new String[] {"seed-articles"}, fresh);
        // the fresh database gets the same articles, then the corrections
        assertThat(new ImportCommand().run(Application.class, importSeeds)).isZero();
        assertThat(new CorrectionsCommand().restore(Application.class, args(backup, fresh)))
                .isZero();

        try (var moved = start(fresh)) {
            TimelineEvent proposal =
                    moved.getBean(TimelineEventRepository.class)
                            .findByStableKey(proposalKey)
                            .orElseThrow();
            assertThat(proposal.getStart().toLocalDate()).isEqualTo(LocalDate.of(2021, 5, 12));
            assertThat(proposal.isCorrected()).isTrue();
            assertThat(talks(moved).isVerified()).isTrue();
            List<HistoryEntry> after =
                    moved.getBean(CorrectionService.class).history(proposal.getId());
            assertThat(after)
                    .extracting(HistoryEntry::at, HistoryEntry::editor, HistoryEntry::reason)
                    .as("the editors' revisions, at their own times")
                    .containsSubsequence(
                            before.stream()
                                    .filter(h -> h.editor() != null)
                                    .map(
                                            h ->
                                                    org.assertj.core.groups.Tuple.tuple(
                                                            h.at(), h.editor(), h.reason()))
                                    .toList());
            assertThat(
                            moved
                                    .getBean(TimelineService.class)
                                    .round(MAY_2021)
                                    .orElseThrow()
                                    .events()
                                    .stream()
                                    .filter(e -> e.id() == proposal.getId())
                                    .map(e -> e.terms().truce())
                                    .toList())
                    .contains("one year");

            CorrectionBackup restore = moved.getBean(CorrectionBackup.class);
            List<BackedUpCorrection> corrections = CorrectionsCommand.read(backup).corrections();
            assertThat(restore.restore(corrections))
                    .as("a second run finds them all applied")
                    .isEqualTo(new CorrectionBackup.Restored(0, 3, List.of()));

            // the proposal's article is no longer imported: neither its key nor its source
            // finds it
            BackedUpCorrection.EventRef gone =
                    new BackedUpCorrection.EventRef("0".repeat(40), "gone.txt", "f".repeat(64), "");
            List<BackedUpCorrection> stale =
                    corrections.stream()
                            .map(
                                    c ->
                                            new BackedUpCorrection(
                                                    c.revision(),
                                                    c.kind(),
                                                    c.at(),
                                                    c.editor(),
                                                    c.reason(),
                                                    c.event().key().equals(proposalKey)
                                                            ? gone
                                                            : c.event(),
                                                    c.state(),
                                                    c.terms()))
                            .toList();
            CorrectionBackup.Restored restored = restore.restore(stale);
            assertThat(restored.alreadyApplied()).isEqualTo(1);
            assertThat(restored.unmatched())
                    .hasSize(2)
                    .first()
                    .asString()
                    .contains("Egypt tabled it on Wednesday", "dana", "gone.txt", "no event");
        }
    }

    private static String[] args(Path backup, String... database) {
        return concat(new String[] {"--corrections", backup.toString()}, database);
    }

    private static String[] concat(String[] a, String[] b) {
        String[] all = java.util.Arrays.copyOf(a, a.length + b.length);
        System.arraycopy(b, 0, all, a.length, b.length);
        return all;
    }

    private static ConfigurableApplicationContext start(String... options) {
        return new SpringApplicationBuilder(Application.class)
                .web(WebApplicationType.NONE)
                .run(
                        concat(
                                options,
                                new String[] {
                                    "--spring.autoconfigure.exclude=" + ImportCommand.NO_WEB,
                                    "--ceasefire.import-seeds-on-start=true"
                                }));
    }

    private static TimelineEvent egyptianProposal(ConfigurableApplicationContext context) {
        return context.getBean(TimelineEventRepository.class)
                .findByRoundAndType(
                        context.getBean(RoundRepository.class).findBySlug(MAY_2021).orElseThrow(),
                        EventType.PROPOSAL)
                .get(0);
    }

    private static TimelineEvent talks(ConfigurableApplicationContext context) {
        return context.getBean(TimelineEventRepository.class)
                .findByRoundAndType(
                        context.getBean(RoundRepository.class).findBySlug(MAY_2021).orElseThrow(),
                        EventType.TALKS_HELD)
                .get(0);
    }
}
