package org.ceasefiretimeline.timeline;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import org.ceasefiretimeline.importing.ArticleImporter;
import org.ceasefiretimeline.importing.ImportingComponents;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.orm.jpa.DataJpaTest;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.annotation.DirtiesContext.ClassMode;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;

@Tag("database")
@DataJpaTest(properties = "ceasefire.import-seeds-on-start=false")
@Import({ImportingComponents.class, DataVersion.class, DataVersionBump.class})
@Transactional(propagation = Propagation.NOT_SUPPORTED)
// each test commits: a fresh database for each
@DirtiesContext(classMode = ClassMode.AFTER_EACH_TEST_METHOD)
class DataVersionTest {

    @Autowired ArticleImporter importer;
    @Autowired RoundRepository rounds;
    @Autowired DataVersion dataVersion;
    @Autowired TransactionTemplate transactions;
    @Autowired JdbcTemplate jdbc;

    @Test
    void a_committed_import_raises_the_version_and_its_time() {
        var before = dataVersion.current();

        importer.importPaths(List.of(Path.of("seed-articles")));

        var after = dataVersion.current();
        assertThat(after.number()).isGreaterThan(before.number());
        assertThat(after.changedAt()).isAfterOrEqualTo(before.changedAt());

        importer.importPaths(List.of(Path.of("seed-articles")));
        assertThat(dataVersion.current()).as("nothing new imported").isEqualTo(after);
    }

    @Test
    void a_rename_raises_it_once_and_a_rolled_back_one_leaves_it() {
        importer.importPaths(List.of(Path.of("seed-articles")));
        long id = rounds.findAll().get(0).getId();
        long before = dataVersion.current().number();

        transactions.executeWithoutResult(
                tx -> rounds.findById(id).orElseThrow().rename("Renamed"));
        assertThat(dataVersion.current().number()).isEqualTo(before + 1);

        transactions.executeWithoutResult(
                tx -> {
                    rounds.findById(id).orElseThrow().rename("Renamed again");
                    rounds.flush();
                    tx.setRollbackOnly();
                });
        assertThat(dataVersion.current().number()).isEqualTo(before + 1);
    }

    @Test
    void reading_without_a_change_leaves_it() {
        importer.importPaths(List.of(Path.of("seed-articles")));
        long before = dataVersion.current().number();

        transactions.executeWithoutResult(
                tx -> rounds.findAll().forEach(NegotiationRound::getName));

        assertThat(dataVersion.current().number()).isEqualTo(before);
    }

    @Test
    void the_recent_version_shows_a_change_committed_here_at_once() {
        importer.importPaths(List.of(Path.of("seed-articles")));
        long id = rounds.findAll().get(0).getId();
        long before = dataVersion.recent().number();
        assertThat(dataVersion.recent().number()).isEqualTo(before);

        transactions.executeWithoutResult(
                tx -> rounds.findById(id).orElseThrow().rename("Renamed"));

        assertThat(dataVersion.recent().number()).isEqualTo(before + 1);
    }

    @Test
    void the_recent_version_shows_another_instances_change_within_its_age() throws Exception {
        long before = dataVersion.recent().number();

        // another instance on the same database: no transaction of ours tells this one
        jdbc.update(DataVersion.BUMP_SQL, DataVersion.now());

        long deadline = System.nanoTime() + DataVersion.MAX_AGE.toNanos() + 500_000_000L;
        while (dataVersion.recent().number() == before && System.nanoTime() < deadline) {
            Thread.sleep(20);
        }
        assertThat(dataVersion.recent().number()).isEqualTo(before + 1);
    }
}
