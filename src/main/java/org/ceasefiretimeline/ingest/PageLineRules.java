package org.ceasefiretimeline.ingest;

import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Classifies one line of a saved news page using {@code page-lines.txt}. */
final class PageLineRules {

    enum Kind {
        DEBRIS,
        BYLINE,
        DATELINE,
        URL,
        CAPTION,
        PUBLISHED
    }

    record Match(Kind kind, Matcher matcher) {}

    private record Rule(Kind kind, Pattern pattern) {}

    private static final List<Rule> RULES =
            RuleFile.load(PageLineRules.class, "page-lines.txt").stream()
                    .map(e -> new Rule(Kind.valueOf(e.get(0)), Pattern.compile(e.get(1))))
                    .toList();

    private PageLineRules() {}

    static Optional<Match> classify(String line) {
        for (Rule rule : RULES) {
            Matcher m = rule.pattern.matcher(line);
            if (m.matches()) {
                return Optional.of(new Match(rule.kind, m));
            }
        }
        return Optional.empty();
    }
}
