package org.ceasefiretimeline.extract;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.ceasefiretimeline.ingest.Article;
import org.ceasefiretimeline.ingest.RuleFile;

/**
 * Finds and resolves the date expressions of an article's sentences, in reading order, so that "a
 * day earlier" can be counted from the date mentioned just before it.
 */
final class DateMentionFinder {

    /** How many sentences back a relative expression may look for the date it is counted from. */
    private static final int PASSAGE = 3;

    private static final Map<String, Set<String>> YEAR_CONTEXT = new HashMap<>();

    static {
        for (List<String> entry : RuleFile.load(DateMentionFinder.class, "year-context.txt")) {
            YEAR_CONTEXT
                    .computeIfAbsent(entry.get(0), k -> new HashSet<>())
                    .addAll(List.of(entry.get(1).split(" ")));
        }
    }

    /** Words between a day and "overnight" that move the story on to the night after it. */
    private static final Pattern SEQUEL = Pattern.compile("\\b(?:then|later|after|and)\\b");

    /** "7 p.m. ET", "0600 GMT", "14:30": a time of day with nothing that names the day. */
    private static final Pattern CLOCK_ONLY =
            Pattern.compile("(?i)[\\d:.\\s]+(?:[ap]\\.?m\\.?)?(?:\\s*\\(?[A-Z]{2,4}\\)?)?");

    /** "his second visit to Egypt in two days": a count of events over a span that is past. */
    private static final Pattern TALLY =
            Pattern.compile(
                    "(?i)\\b(?:first|second|third|fourth|fifth|\\d+(?:st|nd|rd|th))\\b[^.,;]{0,40}$");

    /** "until mid-April", "by the end of March": a limit, which mostly lies ahead. */
    private static final Pattern LIMIT =
            Pattern.compile(
                    "(?i)\\b(?:until|till|by|before|through|ahead of)\\s+(?:the\\s+|an?\\s+)?$");

    /** "al-Ahmad said on Tuesday", "told reporters Tuesday": the day a speaker spoke. */
    private static final Pattern SPOKEN_ON =
            Pattern.compile(
                    "(?i)\\b(?:said|says|told|announced|stated|added|declared|stressed)\\b[^.,;:\"“”]{0,30}$");

    /** "the previous Saturday", "the following Monday": counted from the date just named. */
    private static final Pattern ANAPHORIC_REL =
            Pattern.compile("previous|preceding|following|the\\s+next");

    /**
     * "the October 7 onslaught", "Hamas’s October 7 attack": a date naming an event that has
     * happened.
     */
    private static final Pattern ATTRIBUTIVE_BEFORE = Pattern.compile("(?:\\b[Tt]he|['’]s)\\s+$");

    private static final Pattern ATTRIBUTIVE_AFTER = Pattern.compile("\\s+\\p{Ll}");

    private final DateResolver resolver = new DateResolver();

    List<DateMention> find(Article article, List<Sentence> sentences) {
        List<DateMention> mentions = new ArrayList<>();
        DateMention previous = null;
        DateMention spokenOn = null;
        for (Sentence sentence : sentences) {
            String where =
                    article.file() + ", line " + sentence.line() + ", sentence " + sentence.index();
            List<Found> found = candidates(sentence, article);
            // "today" in a quote is the day it was said: resolve the sentence's other dates first
            List<Found> quotedDays =
                    found.stream().filter(f -> f.quotedRelativeDay(sentence)).toList();
            List<DateMention> own = new ArrayList<>();
            for (Found f : found) {
                if (quotedDays.contains(f)) {
                    continue;
                }
                boolean inPassage = previous != null && inPassage(previous, sentence);
                DateMention mention =
                        f.resolve(sentence, article, inPassage ? previous : null, where);
                own.add(mention);
                if (mention.resolved()
                        && mention.resolution().precision().atLeastDay()
                        && !sentence.caption()) {
                    previous = mention;
                }
            }
            DateMention saidOn =
                    own.stream()
                            .filter(
                                    m ->
                                            m.resolved()
                                                    && m.resolution().precision().atLeastDay()
                                                    && !insideQuote(sentence.text(), m.begin()))
                            .findFirst()
                            .orElse(null);
            if (saidOn == null && spokenOn != null && inPassage(spokenOn, sentence)) {
                // "Al-Ahmad said on Tuesday that ... “Yesterday and today, we made proposals”":
                // a quote later in the passage still speaks from Tuesday
                saidOn = spokenOn;
            }
            for (Found f : quotedDays) {
                own.add(f.resolve(sentence, article, saidOn, where));
            }
            for (DateMention m : own) {
                if (m.resolved()
                        && m.resolution().precision().atLeastDay()
                        && !insideQuote(sentence.text(), m.begin())
                        && SPOKEN_ON.matcher(sentence.text().substring(0, m.begin())).find()) {
                    spokenOn = m;
                }
            }
            own.sort(Comparator.comparingInt(DateMention::begin));
            mentions.addAll(orderedRanges(sentence, own));
        }
        return mentions;
    }

    private static boolean inPassage(DateMention earlier, Sentence sentence) {
        return !sentence.caption()
                && (earlier.sentence().block() == sentence.block()
                        || sentence.index() - earlier.sentence().index() <= PASSAGE);
    }

    /** A candidate expression, from our rules or from Natty, before resolution. */
    private interface Found {
        int begin();

        int end();

        default boolean quotedRelativeDay(Sentence sentence) {
            return false;
        }

        DateMention resolve(Sentence sentence, Article article, DateMention previous, String where);
    }

    /**
     * @param others the spans of the sentence's other date expressions
     */
    private record RuleFound(DateRules.Match match, DateResolver resolver, List<int[]> others)
            implements Found {
        public int begin() {
            return match.begin();
        }

        public int end() {
            return match.end();
        }

        @Override
        public boolean quotedRelativeDay(Sentence sentence) {
            return match.rule().kind() == DateRuleKind.RELATIVE_DAY
                    && insideQuote(sentence.text(), match.begin());
        }

        public DateMention resolve(
                Sentence sentence, Article article, DateMention previous, String where) {
            String text = sentence.text().substring(match.begin(), match.end());
            var verdict =
                    TenseDetector.direction(
                            sentence.text(),
                            match.begin(),
                            match.end(),
                            match.group("poss") != null,
                            others);
            boolean sameSentence = previous != null && previous.sentence() == sentence;
            DateRuleKind kind = match.rule().kind();
            String rel =
                    match.group("rel") == null ? "" : match.group("rel").toLowerCase(Locale.ROOT);
            boolean anaphoric =
                    quotedRelativeDay(sentence)
                            || kind == DateRuleKind.OFFSET
                            || kind == DateRuleKind.CLOCK
                            || (kind == DateRuleKind.OVERNIGHT && sameSentence)
                            || (kind == DateRuleKind.WEEKDAY && ANAPHORIC_REL.matcher(rel).find())
                            || (kind == DateRuleKind.SPAN && rel.equals("within"));
            var context =
                    new DateResolver.Context(
                            article.published(),
                            verdict.direction(),
                            verdict.reason(),
                            verdict.cued(),
                            verdict.firm(),
                            anaphoric && previous != null
                                    ? previous.resolution().start().toLocalDate()
                                    : null,
                            anaphoric && previous != null ? previous.text() : null,
                            WeekStart.of(article.timezone(), article.published()));
            Set<DateParts.Surrounding> around = EnumSet.noneOf(DateParts.Surrounding.class);
            if (match.rule().kind() == DateRuleKind.OVERNIGHT
                    && sameSentence
                    && SEQUEL.matcher(sentence.text().substring(previous.end(), match.begin()))
                            .find()) {
                around.add(DateParts.Surrounding.SEQUEL);
            }
            if (TALLY.matcher(sentence.text().substring(0, match.begin())).find()) {
                around.add(DateParts.Surrounding.TALLY);
            }
            if (LIMIT.matcher(sentence.text().substring(0, match.begin())).find()) {
                around.add(DateParts.Surrounding.LIMIT);
            }
            if (ATTRIBUTIVE_BEFORE.matcher(sentence.text().substring(0, match.begin())).find()
                    && ATTRIBUTIVE_AFTER
                            .matcher(sentence.text().substring(match.end()))
                            .lookingAt()) {
                around.add(DateParts.Surrounding.ATTRIBUTIVE);
            }
            Resolution resolution =
                    resolver.resolve(match.rule().kind(), match.groups(), around, context);
            var evidence =
                    new DateEvidence(
                            verdict.cued(),
                            verdict.firm(),
                            verdict.contested(),
                            verdict.direction(),
                            context.previous() != null,
                            insideQuote(sentence.text(), match.begin()),
                            daysBetween(resolution, article));
            return DateMention.of(
                    sentence,
                    text,
                    match.begin(),
                    match.end(),
                    match.rule().kind().name(),
                    resolution,
                    evidence);
        }
    }

    private record NattyFound(NattyCandidates.Candidate candidate) implements Found {
        public int begin() {
            return candidate.begin();
        }

        public int end() {
            return candidate.end();
        }

        public DateMention resolve(
                Sentence sentence, Article article, DateMention previous, String where) {
            var c = candidate;
            var verdict =
                    TenseDetector.direction(sentence.text(), c.begin(), c.end(), false, List.of());
            LocalDate day = c.value().toLocalDate();
            LocalDate pub = article.published();
            String why = "read by Natty";
            if (CLOCK_ONLY.matcher(c.text()).matches() && !c.timeInferred()) {
                // "(7 p.m. ET)": a clock time alone is on the day of the date just named, else of
                // publication
                day = previous != null ? previous.resolution().start().toLocalDate() : pub;
                var start = day.atTime(c.value().toLocalTime());
                return DateMention.of(
                        sentence,
                        c.text(),
                        c.begin(),
                        c.end(),
                        "NATTY",
                        new Resolution(
                                start,
                                start,
                                Precision.TIME,
                                previous != null
                                        ? "mention '" + previous.text() + "'"
                                        : "publication " + pub,
                                why + ", a clock time on the day of " + day),
                        evidence(
                                verdict,
                                previous != null,
                                sentence,
                                c.begin(),
                                Resolution.unresolved(""),
                                article));
            }
            // Natty puts every underspecified date in the future; news mostly reports the past
            if (verdict.direction() == Direction.PAST
                    && day.isAfter(pub)
                    && !c.text().matches(".*\\b\\d{4}\\b.*")) {
                boolean weekday = c.text().toLowerCase(Locale.ROOT).matches(".*\\b\\w+day\\b.*");
                while (day.isAfter(pub)) {
                    day = weekday ? day.minusWeeks(1) : day.minusYears(1);
                }
                why += ", moved back before publication because " + verdict.reason();
            }
            var start = c.timeInferred() ? day.atStartOfDay() : day.atTime(c.value().toLocalTime());
            var resolution =
                    new Resolution(
                            start,
                            start,
                            c.timeInferred() ? Precision.DAY : Precision.TIME,
                            "publication " + pub,
                            why);
            return DateMention.of(
                    sentence,
                    c.text(),
                    c.begin(),
                    c.end(),
                    "NATTY",
                    resolution,
                    evidence(verdict, false, sentence, c.begin(), resolution, article));
        }
    }

    private List<Found> candidates(Sentence sentence, Article article) {
        List<DateRules.Match> matches = new ArrayList<>(DateRules.findAll(sentence.text()));
        matches.removeIf(
                m ->
                        m.rule().kind() == DateRuleKind.YEAR
                                && !isYear(sentence.text(), m, article.published()));
        matches.sort(
                Comparator.comparingInt(DateRules.Match::length)
                        .reversed()
                        .thenComparingInt(m -> DateRules.RULES.indexOf(m.rule())));
        List<DateRules.Match> kept = new ArrayList<>();
        for (DateRules.Match match : matches) {
            if (kept.stream().noneMatch(k -> match.overlaps(k.begin(), k.end()))) {
                kept.add(match);
            }
        }
        List<Found> chosen = new ArrayList<>();
        for (DateRules.Match match : kept) {
            List<int[]> others =
                    kept.stream()
                            .filter(k -> k != match)
                            .map(k -> new int[] {k.begin(), k.end()})
                            .toList();
            chosen.add(new RuleFound(match, resolver, others));
        }
        if (article.published() != null) {
            String where = article.file() + ", line " + sentence.line();
            List<int[]> spans = chosen.stream().map(f -> new int[] {f.begin(), f.end()}).toList();
            for (var candidate :
                    NattyCandidates.find(
                            sentence.text(),
                            spans,
                            article.published(),
                            article.timezone(),
                            where)) {
                if (chosen.stream()
                        .noneMatch(
                                f -> f.begin() < candidate.end() && candidate.begin() < f.end())) {
                    chosen.add(new NattyFound(candidate));
                }
            }
        }
        chosen.sort(Comparator.comparingInt(Found::begin));
        return chosen;
    }

    /**
     * "from Friday to Sunday", "between Monday and Wednesday": a range runs forward, so a first
     * weekday that resolved after the second is the week before.
     */
    private static List<DateMention> orderedRanges(Sentence sentence, List<DateMention> own) {
        List<DateMention> result = new ArrayList<>(own);
        String text = sentence.text();
        for (int i = 0; i + 1 < result.size(); i++) {
            DateMention first = result.get(i);
            DateMention second = result.get(i + 1);
            if (!first.rule().equals("WEEKDAY")
                    || !second.rule().equals("WEEKDAY")
                    || !first.resolved()
                    || !second.resolved()
                    || first.end() > second.begin()
                    || !RANGE_START.matcher(text.substring(0, first.begin())).find()
                    || !RANGE_JOIN.matcher(text.substring(first.end(), second.begin())).matches()
                    || !first.resolution().start().isAfter(second.resolution().start())) {
                continue;
            }
            Resolution r = first.resolution();
            result.set(
                    i,
                    first.withResolution(
                            new Resolution(
                                    r.start().minusWeeks(1),
                                    r.end().minusWeeks(1),
                                    r.precision(),
                                    r.anchor(),
                                    r.reason()
                                            + "; a week earlier, as the range it opens ends on "
                                            + second.resolution().start().toLocalDate())));
        }
        return result;
    }

    private static final Pattern RANGE_START = Pattern.compile("(?i)\\b(?:from|between)\\s+$");
    private static final Pattern RANGE_JOIN =
            Pattern.compile("(?i)\\s*(?:to|and|through|until|till|-|–)\\s*");

    private static DateEvidence evidence(
            TenseDetector.Verdict verdict,
            boolean anchored,
            Sentence sentence,
            int at,
            Resolution resolution,
            Article article) {
        return new DateEvidence(
                verdict.cued(),
                verdict.firm(),
                verdict.contested(),
                verdict.direction(),
                anchored,
                insideQuote(sentence.text(), at),
                daysBetween(resolution, article));
    }

    private static long daysBetween(Resolution resolution, Article article) {
        if (!resolution.resolved() || article.published() == null) {
            return 0;
        }
        return Math.abs(
                ChronoUnit.DAYS.between(article.published(), resolution.start().toLocalDate()));
    }

    /** Whether {@code at} lies inside a quotation: more opening than closing quotes before it. */
    static boolean insideQuote(String text, int at) {
        String before = text.substring(0, at);
        long open =
                before.chars().filter(c -> c == '“').count()
                        - before.chars().filter(c -> c == '”').count();
        long straight = before.chars().filter(c -> c == '"').count();
        return open > 0 || straight % 2 == 1;
    }

    /**
     * A four-digit number is a year unless a count word stands next to it ("some 2000 rockets",
     * "(1900 GMT)").
     */
    private static boolean isYear(String text, DateRules.Match m, LocalDate published) {
        int year = Integer.parseInt(m.group("year"));
        if (published != null && year > published.getYear() + 10) {
            return false;
        }
        String before = text.substring(0, m.begin()).strip();
        String wordBefore = before.substring(before.lastIndexOf(' ') + 1).toLowerCase(Locale.ROOT);
        String after = text.substring(m.end()).strip();
        String wordAfter =
                after.split("[\\s,.;:]", 2)[0].replaceAll("\\P{L}", "").toLowerCase(Locale.ROOT);
        if (YEAR_CONTEXT.get("BEFORE").contains(wordBefore)
                || YEAR_CONTEXT.get("AFTER").contains(wordAfter)) {
            return false;
        }
        return !YEAR_CONTEXT.get("AFTER_VERB").contains(wordAfter)
                || YEAR_CONTEXT.get("PREPOSITION").contains(wordBefore);
    }
}
