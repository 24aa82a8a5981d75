package org.ceasefiretimeline.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.function.BiPredicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Every example ("# e.g. ...") in the rule files is found by the entries it stands above: a rule
 * whose example it misses is a rule that does not say what it does.
 */
class RuleExamplesTest {

    private static final Pattern QUOTED = Pattern.compile("\"([^\"]+)\"");

    /** The examples of one "e.g." comment and the entries under it, up to the next comment. */
    record Group(int line, List<String> examples, List<List<String>> entries) {}

    @Test
    void every_date_rule_finds_its_examples() throws IOException {
        List<DateRules.Rule> rules = DateRules.RULES;
        int[] index = {0};
        List<String> misses =
                check(
                        "date-rules.txt",
                        (example, entry) -> {
                            DateRules.Rule rule =
                                    rules.stream()
                                            .filter(r -> r.kind().name().equals(entry.get(0)))
                                            .toList()
                                            .get(0);
                            return rules.stream()
                                            .filter(r -> r.kind().name().equals(entry.get(0)))
                                            .anyMatch(r -> r.pattern().matcher(example).find())
                                    && rule != null;
                        });
        assertThat(misses).isEmpty();
        assertThat(index[0]).isZero();
    }

    @Test
    void every_number_word_counts_its_examples() throws IOException {
        List<String> misses =
                check(
                        "number-words.txt",
                        (example, entry) ->
                                parts(example)
                                        .anyMatch(
                                                p ->
                                                        p.count() != null
                                                                && p.count()
                                                                        == Integer.parseInt(
                                                                                entry.get(1))));
        assertThat(misses).isEmpty();
    }

    /** The example resolves to a part of the day that one of the entry's phrases names. */
    @Test
    void every_part_of_day_spans_its_examples() throws IOException {
        var context =
                new DateResolver.Context(
                        LocalDate.of(2024, 5, 10),
                        Direction.PAST,
                        "a test",
                        false,
                        false,
                        null,
                        null,
                        DayOfWeek.MONDAY);
        List<String> misses =
                check(
                        "parts-of-day.txt",
                        (example, entry) ->
                                DateRules.findAll(example).stream()
                                        .map(
                                                m ->
                                                        new DateResolver()
                                                                .resolve(
                                                                        m.rule().kind(),
                                                                        m.groups(),
                                                                        Set.of(),
                                                                        context))
                                        .filter(r -> r.precision() == Precision.PART_OF_DAY)
                                        .anyMatch(
                                                r ->
                                                        Arrays.stream(entry.get(0).split(";\\s+"))
                                                                .anyMatch(
                                                                        phrase ->
                                                                                r.reason()
                                                                                        .endsWith(
                                                                                                "; "
                                                                                                        + phrase))));
        assertThat(misses).isEmpty();
    }

    private static Stream<DateParts> parts(String example) {
        return DateRules.findAll(example).stream()
                .map(m -> DateParts.of(m.rule().kind(), m.groups(), Set.of()));
    }

    @Test
    void every_negotiation_cue_finds_its_examples() throws IOException {
        List<String> misses =
                check(
                        "negotiation-cues.txt",
                        (example, entry) -> {
                            List<Token> tokens = Tokenizer.tokenize(example);
                            NegotiationCues.Kind kind = NegotiationCues.Kind.valueOf(entry.get(0));
                            return NegotiationCues.find(tokens, NegotiationCues.lemmas(tokens))
                                    .stream()
                                    .anyMatch(m -> m.kind() == kind);
                        });
        assertThat(misses).isEmpty();
    }

    @Test
    void every_grammar_word_class_holds_a_word_of_its_examples() throws IOException {
        List<String> misses =
                check(
                        "grammar-words.txt",
                        (example, entry) ->
                                Tokenizer.tokenize(example).stream()
                                        .anyMatch(
                                                t ->
                                                        GrammarWords.of(
                                                                        GrammarWords.Name.valueOf(
                                                                                entry.get(0)))
                                                                .contains(t.lower())));
        assertThat(misses).isEmpty();
    }

    @Test
    void every_tense_cue_finds_its_examples() throws IOException {
        List<String> misses =
                check(
                        "tense-cues.txt",
                        (example, entry) ->
                                Pattern.compile(
                                                "(?<![\\p{L}'’-])(?:"
                                                        + entry.get(1)
                                                        + ")(?![\\p{L}-])",
                                                Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE)
                                        .matcher(example)
                                        .find());
        assertThat(misses).isEmpty();
    }

    @Test
    void every_actor_is_found_in_its_examples() throws IOException {
        List<String> misses =
                check(
                        "actors.txt",
                        (example, entry) ->
                                ActorGazetteer.find(example).stream()
                                        .anyMatch(a -> a.actor().equals(entry.get(0))));
        assertThat(misses).isEmpty();
    }

    /** The examples no entry of their group finds, as "file:line example". */
    private static List<String> check(String file, BiPredicate<String, List<String>> finds)
            throws IOException {
        List<String> misses = new ArrayList<>();
        List<Group> groups = groups(file);
        assertThat(groups).as("examples in " + file).isNotEmpty();
        for (Group g : groups) {
            for (String example : g.examples()) {
                if (g.entries().stream().noneMatch(entry -> finds.test(example, entry))) {
                    misses.add(file + ":" + g.line() + " " + example);
                }
            }
        }
        return misses;
    }

    static List<Group> groups(String file) throws IOException {
        List<Group> groups = new ArrayList<>();
        try (InputStream in =
                RuleExamplesTest.class.getResourceAsStream(
                        "/org/ceasefiretimeline/extract/" + file)) {
            var reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            Group current = null;
            String line;
            int number = 0;
            while ((line = reader.readLine()) != null) {
                number++;
                if (line.startsWith("# e.g.")) {
                    List<String> examples = new ArrayList<>();
                    Matcher q = QUOTED.matcher(line);
                    while (q.find()) {
                        examples.add(q.group(1));
                    }
                    current = new Group(number, examples, new ArrayList<>());
                    groups.add(current);
                } else if (line.startsWith("#")
                        && current != null
                        && !current.entries().isEmpty()) {
                    current = null;
                } else if (!line.isBlank() && !line.startsWith("#") && current != null) {
                    current.entries().add(List.of(line.strip().split("\\s+\\|\\s+")));
                }
            }
        }
        groups.removeIf(g -> g.entries().isEmpty() || g.examples().isEmpty());
        return groups;
    }
}
