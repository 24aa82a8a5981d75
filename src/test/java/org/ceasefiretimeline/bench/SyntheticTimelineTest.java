package org.ceasefiretimeline.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import java.util.Random;
import javax.sql.DataSource;
import org.ceasefiretimeline.importing.ArticleImporter;
import org.ceasefiretimeline.importing.ImportingComponents;
import org.ceasefiretimeline.timeline.TimelineEvent;
import org.ceasefiretimeline.timeline.TimelineEventRepository;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.orm.jpa.DataJpaTest;
import org.springframework.context.annotation.Import;
import org.springframework.data.domain.Sort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The benchmark's generator writes rows with plain SQL: run it on the schema the Flyway migrations
 * make (and Hibernate validates), then read what it wrote through the entities, so that its SQL
 * cannot drift.
 */
@Tag("database")
@DataJpaTest(properties = "ceasefire.import-seeds-on-start=false")
@Import(ImportingComponents.class)
@Transactional(propagation = Propagation.NOT_SUPPORTED)
class SyntheticTimelineTest {

    @Autowired ArticleImporter importer;
    @Autowired DataSource dataSource;
    @Autowired PlatformTransactionManager transactions;
    @Autowired TimelineEventRepository events;

    @Test
    void the_generator_fills_the_current_schema_with_events_the_entities_can_read() {
        importer.importPaths(List.of(Path.of("seed-articles")));
        long real = events.count();

        var generated =
                new SyntheticTimeline(new JdbcTemplate(dataSource), transactions)
                        .generate(250, new Random(7));

        assertThat(generated.events()).isEqualTo(250);
        assertThat(generated.templates()).isPositive();
        assertThat(events.count()).isEqualTo(real + 250);
        List<Long> newest =
                events.findAll(Sort.by(Sort.Direction.DESC, "id")).stream()
                        .limit(250)
                        .map(TimelineEvent::getId)
                        .toList();
        new TransactionTemplate(transactions)
                .executeWithoutResult(
                        status ->
                                assertThat(events.findForReading(newest))
                                        .hasSize(250)
                                        .allSatisfy(
                                                e -> {
                                                    assertThat(e.getRound().getSlug())
                                                            .startsWith("synthetic-");
                                                    assertThat(e.getSources()).hasSize(1);
                                                    assertThat(e.getActors()).isNotEmpty();
                                                    assertThat(e.getStart()).isNotNull();
                                                }));
    }
}
