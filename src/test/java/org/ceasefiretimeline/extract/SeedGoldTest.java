package org.ceasefiretimeline.extract;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.ceasefiretimeline.ingest.CorpusReader;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Scores the engine on the hand-checked seed gold the way {@code eval/score.py} does: a gold date
 * is right when every mention overlapping it in a sentence holding its quote starts inside the gold
 * range.
 */
class SeedGoldTest {

    private static JsonNode gold;
    private static Map<String, ArticleExtraction> byFile;
    private static final List<String> misses = new ArrayList<>();

    @BeforeAll
    static void extractSeeds() throws IOException {
        try (InputStream in = SeedGoldTest.class.getResourceAsStream("/seed-gold.json")) {
            gold = new ObjectMapper().readTree(in).get("articles");
        }
        var corpus = new CorpusReader().read(List.of(Path.of("seed-articles")), true);
        byFile =
                new ExtractionPipeline()
                        .extractAll(corpus.articles()).stream()
                                .collect(
                                        Collectors.toMap(
                                                x -> x.article().file(), Function.identity()));
    }

    @Test
    void date_accuracy_on_the_seed_gold_is_at_least_095() {
        int total = 0;
        int right = 0;
        for (var entry : iterable(gold.fields())) {
            ArticleExtraction x = byFile.get(entry.getKey());
            for (JsonNode m : entry.getValue().get("mentions")) {
                total++;
                String from = m.has("date") ? m.get("date").asText() : m.get("from").asText();
                String to = m.has("date") ? m.get("date").asText() : m.get("to").asText();
                List<DateMention> candidates =
                        x.mentions().stream()
                                .filter(
                                        d ->
                                                norm(d.sentence().text())
                                                        .contains(norm(m.get("quote").asText())))
                                .filter(d -> overlaps(d.text(), m.get("expr").asText()))
                                .toList();
                boolean ok =
                        !candidates.isEmpty()
                                && candidates.stream()
                                        .allMatch(
                                                d ->
                                                        d.resolved()
                                                                && between(
                                                                        d.resolution()
                                                                                .start()
                                                                                .toLocalDate()
                                                                                .toString(),
                                                                        from,
                                                                        to));
                if (ok) {
                    right++;
                } else {
                    misses.add(
                            entry.getKey()
                                    + ": '"
                                    + m.get("expr").asText()
                                    + "' want "
                                    + from
                                    + ".."
                                    + to
                                    + ", got "
                                    + candidates.stream()
                                            .map(d -> d.text() + "->" + d.resolution().start())
                                            .toList());
                }
            }
        }
        double accuracy = (double) right / total;
        assertThat(accuracy)
                .as("date accuracy %d/%d; misses: %s", right, total, misses)
                .isGreaterThanOrEqualTo(0.95);
    }

    /**
     * As {@code eval/score-structure.py}: a proposal counts when an event of a proposal type in its
     * sentence names its proposer, an answer when a response in its sentence has the gold party and
     * stance.
     */
    @Test
    void publication_days_proposers_and_answering_parties_of_the_seed_gold_are_found() {
        int proposals = 0;
        int found = 0;
        int responses = 0;
        int right = 0;
        for (var entry : iterable(gold.fields())) {
            ArticleExtraction x = byFile.get(entry.getKey());
            assertThat(x.article().published())
                    .hasToString(entry.getValue().get("published").asText());
            for (JsonNode n : entry.getValue().get("negotiation")) {
                if (!List.of("PROPOSAL", "COUNTER_PROPOSAL", "DEMAND")
                        .contains(n.get("type").asText())) {
                    continue;
                }
                proposals++;
                String quote = norm(n.get("quote").asText());
                Set<String> proposer = actors(n.get("actor").asText());
                if (x.events().stream()
                        .anyMatch(
                                e ->
                                        norm(e.sentence().text()).contains(quote)
                                                && PROPOSAL_TYPES.contains(e.type())
                                                && e.actors().containsAll(proposer))) {
                    found++;
                }
                for (JsonNode r : n.path("responses")) {
                    responses++;
                    String rq = norm(r.get("quote").asText());
                    Set<String> party = actors(r.get("actor").asText());
                    if (x.events().stream()
                            .anyMatch(
                                    e ->
                                            norm(e.sentence().text()).contains(rq)
                                                    && e.type() == EventType.RESPONSE
                                                    && e.stance() != null
                                                    && e.stance()
                                                            .name()
                                                            .equals(r.get("stance").asText())
                                                    && e.actors().containsAll(party))) {
                        right++;
                    }
                }
            }
        }
        assertThat(found)
                .as("proposals with their proposer %d/%d", found, proposals)
                .isEqualTo(proposals);
        assertThat(right)
                .as("answers with party and stance %d/%d", right, responses)
                .isEqualTo(responses);
    }

    private static final Set<EventType> PROPOSAL_TYPES =
            Set.of(EventType.PROPOSAL, EventType.COUNTER_PROPOSAL, EventType.DEMAND);

    /** "Qatar and Egypt (mediators), backed by the United States and Israel": Qatar and Egypt. */
    private static Set<String> actors(String gold) {
        String names = gold.replaceAll("\\(.*?\\)|,?\\s*backed by.*", "");
        Set<String> set = new HashSet<>();
        for (String name : names.split(",\\s*|\\s+and\\s+")) {
            if (!name.isBlank()) {
                set.add(name.strip());
            }
        }
        return set;
    }

    private static boolean between(String day, String from, String to) {
        return day.compareTo(from) >= 0 && day.compareTo(to) <= 0;
    }

    private static boolean overlaps(String a, String b) {
        String x = norm(a);
        String y = norm(b);
        return !x.isEmpty() && !y.isEmpty() && (x.contains(y) || y.contains(x));
    }

    private static String norm(String s) {
        return s.replace('\u2019', '\'')
                .replace('\u2018', '\'')
                .replace('\u201c', '"')
                .replace('\u201d', '"')
                .replace('\u00a0', ' ')
                .replaceAll("\\s+", " ")
                .strip()
                .toLowerCase();
    }

    private static <T> Iterable<T> iterable(java.util.Iterator<T> iterator) {
        return () -> iterator;
    }
}
