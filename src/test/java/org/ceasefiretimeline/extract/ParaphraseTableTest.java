package org.ceasefiretimeline.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * The paraphrase table ({@code paraphrases.tsv}): sentences written for this test, never taken from
 * an article, saying proposals and answers in many ways (synonyms, passive, coordination, negation,
 * hedges, headlines, pronouns, hyphenated owners). A row passes when every expected event is found
 * with its actors and stance, and no forbidden one is.
 */
class ParaphraseTableTest {

    /**
     * The share of rows that must pass: what the engine reached when the table was written, so a
     * regression fails.
     */
    private static final double REQUIRED = 0.80;

    private static final LocalDate PUBLISHED = LocalDate.of(2024, 6, 7);
    private static final Pattern EXPECTED =
            Pattern.compile(
                    "(!?)(PROPOSAL|COUNTER_PROPOSAL|DEMAND|RESPONSE)\\(([^,()]+)(?:,(ACCEPT|REJECT|COUNTER|PENDING))?\\)");

    record Row(int line, String category, String text, String expected) {}

    record Expectation(boolean forbidden, EventType type, List<String> actors, Stance stance) {

        boolean metBy(List<NegotiationEvent> events) {
            return events.stream()
                    .anyMatch(
                            e ->
                                    kindMatches(e)
                                            && e.actors().containsAll(actors)
                                            && (stance == null || e.stance() == stance));
        }

        /**
         * A proposal may be read as a counter-proposal and back when the table and the engine see
         * the round differently.
         */
        private boolean kindMatches(NegotiationEvent e) {
            if (type == EventType.PROPOSAL || type == EventType.COUNTER_PROPOSAL) {
                return e.type() == EventType.PROPOSAL || e.type() == EventType.COUNTER_PROPOSAL;
            }
            return e.type() == type;
        }
    }

    @Test
    void most_paraphrases_of_proposals_and_answers_are_read_with_their_actors_and_stance()
            throws IOException {
        List<Row> rows = rows();
        assertThat(rows).hasSizeGreaterThanOrEqualTo(150);
        Map<String, int[]> byCategory = new TreeMap<>();
        List<String> failures = new ArrayList<>();
        for (Row row : rows) {
            List<NegotiationEvent> events = Extracted.from(row.text(), PUBLISHED).events();
            boolean pass =
                    expectations(row).stream().allMatch(x -> x.forbidden() != x.metBy(events))
                            && (!row.expected().equals("none")
                                    || events.stream().noneMatch(ParaphraseTableTest::negotiation));
            int[] counts = byCategory.computeIfAbsent(row.category(), c -> new int[2]);
            counts[0] += pass ? 1 : 0;
            counts[1]++;
            if (!pass) {
                failures.add(
                        "line "
                                + row.line()
                                + " ["
                                + row.category()
                                + "] "
                                + row.text()
                                + "\n    want "
                                + row.expected()
                                + "\n    got  "
                                + events.stream()
                                        .map(
                                                e ->
                                                        e.type()
                                                                + e.actors().toString()
                                                                + (e.stance() == null
                                                                        ? ""
                                                                        : e.stance().toString()))
                                        .toList());
            }
        }
        long passed = rows.size() - failures.size();
        StringBuilder summary =
                new StringBuilder("paraphrase table: " + passed + "/" + rows.size() + " rows\n");
        byCategory.forEach(
                (c, n) ->
                        summary.append("  ")
                                .append(c)
                                .append(": ")
                                .append(n[0])
                                .append('/')
                                .append(n[1])
                                .append('\n'));
        System.out.println(summary);
        failures.forEach(System.out::println);
        assertThat((double) passed / rows.size())
                .as(summary + String.join("\n", failures))
                .isGreaterThanOrEqualTo(REQUIRED);
    }

    private static boolean negotiation(NegotiationEvent e) {
        return e.type() == EventType.PROPOSAL
                || e.type() == EventType.COUNTER_PROPOSAL
                || e.type() == EventType.DEMAND
                || e.type() == EventType.RESPONSE;
    }

    static List<Expectation> expectations(Row row) {
        List<Expectation> list = new ArrayList<>();
        if (row.expected().equals("none")) {
            return list;
        }
        for (String part : row.expected().split("\\s*;\\s*")) {
            Matcher m = EXPECTED.matcher(part.strip());
            if (!m.matches()) {
                throw new IllegalArgumentException(
                        "paraphrases.tsv line " + row.line() + ": cannot read '" + part + "'");
            }
            list.add(
                    new Expectation(
                            !m.group(1).isEmpty(),
                            EventType.valueOf(m.group(2)),
                            List.of(m.group(3).split("\\+")),
                            m.group(4) == null ? null : Stance.valueOf(m.group(4))));
        }
        return list;
    }

    static List<Row> rows() throws IOException {
        List<Row> rows = new ArrayList<>();
        try (InputStream in = ParaphraseTableTest.class.getResourceAsStream("paraphrases.tsv")) {
            String[] lines = new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n");
            for (int i = 0; i < lines.length; i++) {
                if (lines[i].isBlank() || lines[i].startsWith("#")) {
                    continue;
                }
                String[] f = lines[i].split("\t");
                if (f.length != 3) {
                    throw new IllegalArgumentException(
                            "paraphrases.tsv line " + (i + 1) + ": want 3 tab-separated fields");
                }
                rows.add(new Row(i + 1, f[0].strip(), f[1].strip(), f[2].strip()));
            }
        }
        return rows;
    }
}
