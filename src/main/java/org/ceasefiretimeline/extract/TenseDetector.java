package org.ceasefiretimeline.extract;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.ceasefiretimeline.ingest.RuleFile;

/**
 * Decides whether a date expression looks back or ahead from the nearest tense cue of {@code
 * tense-cues.txt}. Distance is counted in words, and each clause boundary crossed counts extra, so
 * the verb of the date's own clause wins. A possessive ("Sunday’s session will ...") is the subject
 * of what follows, so only cues after it count.
 */
final class TenseDetector {

    /**
     * @param cued whether a cue decided, rather than the default
     * @param firm whether that cue is a verb of its own ("abducted"), not an auxiliary ("has",
     *     "was")
     * @param contested whether a cue pointing the other way stands within reach too
     */
    record Verdict(
            Direction direction, String reason, boolean cued, boolean firm, boolean contested) {}

    /** Auxiliaries and adverbs that mark tense without saying what happened. */
    private static final Pattern AUXILIARY =
            Pattern.compile(
                    "(?i)has|have|had|was|were|did|is|are|would\\s+have|since|ago|earlier|last");

    private record Cue(
            int begin,
            int end,
            Direction direction,
            String text,
            boolean onlyBefore,
            boolean adjacent) {}

    /**
     * What crossing a clause boundary (a comma, a dash, "that", "which", "after"...) adds to a
     * cue's distance in words, so that the verb of the date's own clause wins over a cue up to nine
     * words nearer beyond a boundary. With {@link #REACH}, a cue one boundary away still counts
     * when it is within five words of the date, and a cue two boundaries away never does.
     */
    private static final int CLAUSE_PENALTY = 9;

    /**
     * The farthest a tense cue may be from the date, in words plus {@link #CLAUSE_PENALTY} per
     * boundary. Farther cues are taken to be about something else, and the date reads as past, as
     * most of what news reports is. Both values were set by hand on the seed articles; a change
     * shows in the development set's date score (see the README's extraction figures).
     */
    private static final int REACH = 14;

    private static final Pattern FUTURE;
    private static final Pattern FUTURE_BEFORE;
    private static final Pattern FUTURE_ADJACENT;
    private static final Pattern PAST_PERFECT = Pattern.compile("(?i)\\bhad\\b");
    private static final Pattern PAST;
    private static final Pattern NEAREST;
    private static final Pattern REPORTED_FUTURE;

    /** A date followed by "that" closes its clause: "told Biden on Sunday that Israel would ..." */
    private static final Pattern CLOSES_CLAUSE =
            Pattern.compile("^[\\s,]*(?:that|when|as|because|while)\\b");

    private static final Set<String> NOT_PAST = new HashSet<>();
    private static final Pattern PASSIVE_AUXILIARY =
            Pattern.compile(
                    "(?i)\\b(?:be|been|being|remain|remains|stay|stays)\\s+(?:\\w+ly\\s+)?$");

    /** What may stand before a date that opens its sentence: "On", "Late on", "By". */
    private static final Pattern FRONTED =
            Pattern.compile(
                    "(?i)\\s*(?:(?:early|late|later|earlier)\\s+)?(?:on|by|at|in|until)?\\s*");

    private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{N}'’-]+");
    private static final Pattern CLAUSE_BOUNDARY =
            Pattern.compile(
                    "[,;—–(]|(?<!\\d):(?!\\d)|\\b(?:that|which|who|but|while|after|before|when|because|though|although)\\b");

    static {
        List<String> future = new ArrayList<>();
        List<String> futureBefore = new ArrayList<>();
        List<String> futureAdjacent = new ArrayList<>();
        List<String> past = new ArrayList<>();
        List<String> nearest = new ArrayList<>();
        List<String> reportedFuture = new ArrayList<>();
        for (List<String> entry : RuleFile.load(TenseDetector.class, "tense-cues.txt")) {
            switch (entry.get(0)) {
                case "FUTURE" -> future.add(entry.get(1));
                case "FUTURE_BEFORE" -> futureBefore.add(entry.get(1));
                case "FUTURE_ADJACENT" -> futureAdjacent.add(entry.get(1));
                case "PAST" -> past.add(entry.get(1));
                case "NEAREST" -> nearest.add(entry.get(1));
                case "REPORTED_FUTURE" -> reportedFuture.add(entry.get(1));
                default -> NOT_PAST.addAll(List.of(entry.get(1).split("\\|")));
            }
        }
        FUTURE = words(future);
        FUTURE_BEFORE = words(futureBefore);
        FUTURE_ADJACENT = words(futureAdjacent);
        PAST = words(past);
        NEAREST = words(nearest);
        REPORTED_FUTURE = words(reportedFuture);
    }

    private TenseDetector() {}

    /**
     * @param otherDates the spans of the sentence's other date expressions: their words ("last" in
     *     "last Tuesday") are not cues for this one
     */
    static Verdict direction(
            String sentence, int begin, int end, boolean possessive, List<int[]> otherDates) {
        Cue nearest = null;
        int best = Integer.MAX_VALUE;
        List<Cue> inReach = new ArrayList<>();
        boolean closesClause = CLOSES_CLAUSE.matcher(sentence.substring(end)).find();
        // "On Monday, also in Cairo, Fatah and Hamas will begin talks": a fronted date belongs to
        // the main clause
        boolean fronted = FRONTED.matcher(sentence.substring(0, begin)).matches();
        for (Cue cue : cues(sentence)) {
            if ((cue.begin < end && begin < cue.end)
                    || otherDates.stream().anyMatch(d -> cue.begin < d[1] && d[0] < cue.end)) {
                continue;
            }
            boolean after = cue.begin >= end;
            int distance =
                    after
                            ? (fronted
                                    ? words(sentence, end, cue.begin) / 2
                                    : distance(sentence, end, cue.begin))
                            : distance(sentence, cue.end, begin);
            // a possessive is the subject of what follows, but "ahead of Thursday’s march" still
            // counts
            boolean adjacentFuture =
                    cue.adjacent
                            && !after
                            && distance == 0
                            && !PAST_PERFECT.matcher(sentence).find();
            if ((cue.adjacent && !adjacentFuture)
                    || (possessive && !after && !adjacentFuture)
                    || (after && (cue.onlyBefore || (closesClause && !possessive)))) {
                continue;
            }
            if (distance <= REACH) {
                inReach.add(cue);
            }
            if (distance < best || (distance == best && cue.direction == Direction.PAST)) {
                best = distance;
                nearest = cue;
            }
        }
        if (nearest == null || best > REACH) {
            return new Verdict(
                    Direction.PAST,
                    "no tense cue near it, and news reports the past",
                    false,
                    false,
                    false);
        }
        String tense =
                switch (nearest.direction) {
                    case PAST -> "is in the past tense";
                    case FUTURE -> "is in the future tense";
                    case NEAREST -> "looks ahead from a past moment, so the nearest such day";
                    case REPORTED_FUTURE -> "looks ahead in reported speech";
                };
        Direction chosen = nearest.direction;
        boolean contested = inReach.stream().anyMatch(c -> c.direction != chosen);
        return new Verdict(
                chosen,
                "the clause " + tense + " ('" + nearest.text + "')",
                true,
                !AUXILIARY.matcher(nearest.text).matches(),
                contested);
    }

    /** The cues of the sentence last looked at on this thread: a sentence's dates share them. */
    private static final ThreadLocal<Object[]> LAST = ThreadLocal.withInitial(() -> new Object[2]);

    private static List<Cue> cues(String sentence) {
        Object[] last = LAST.get();
        if (last[0] != sentence) {
            last[0] = sentence;
            last[1] = findCues(sentence);
        }
        @SuppressWarnings("unchecked")
        List<Cue> cues = (List<Cue>) last[1];
        return cues;
    }

    private static List<Cue> findCues(String sentence) {
        List<Cue> cues = new ArrayList<>();
        WordStarts starts = WordStarts.of(sentence);
        starts.forEachMatch(FUTURE, m -> cues.add(cue(m, Direction.FUTURE, false, false)));
        starts.forEachMatch(
                REPORTED_FUTURE, m -> cues.add(cue(m, Direction.REPORTED_FUTURE, false, false)));
        starts.forEachMatch(FUTURE_BEFORE, m -> cues.add(cue(m, Direction.FUTURE, true, false)));
        starts.forEachMatch(FUTURE_ADJACENT, m -> cues.add(cue(m, Direction.FUTURE, true, true)));
        starts.forEachMatch(
                NEAREST,
                m -> {
                    if (opensSentence(sentence, m.start()) && m.group().endsWith("ing")) {
                        // "Starting on Thursday, planes struck": a fronted phrase, whose date the
                        // main clause's tense directs
                        return;
                    }
                    // "was to meet": the past moment's future wins over the infinitive's
                    int begin = m.start();
                    int end = m.end();
                    cues.removeIf(c -> c.begin < end && begin < c.end);
                    cues.add(cue(m, Direction.NEAREST, false, false));
                });
        starts.forEachMatch(
                PAST,
                m -> {
                    String word = m.group().toLowerCase(Locale.ROOT);
                    boolean insideFuture =
                            cues.stream()
                                    .anyMatch(
                                            c ->
                                                    c.direction != Direction.PAST
                                                            && c.begin <= m.start()
                                                            && m.end() <= c.end);
                    boolean participle =
                            PASSIVE_AUXILIARY.matcher(sentence.substring(0, m.start())).find();
                    if (!insideFuture && !participle && !NOT_PAST.contains(word)) {
                        cues.add(cue(m, Direction.PAST, false, false));
                    }
                });
        return cues;
    }

    private static boolean opensSentence(String sentence, int at) {
        return sentence.substring(0, at).chars().noneMatch(Character::isLetterOrDigit);
    }

    private static Cue cue(Matcher m, Direction direction, boolean onlyBefore, boolean adjacent) {
        return new Cue(m.start(), m.end(), direction, m.group(), onlyBefore, adjacent);
    }

    private static int words(String sentence, int from, int to) {
        int words = 0;
        Matcher w = WORD.matcher(sentence.substring(from, to));
        while (w.find()) {
            words++;
        }
        return words;
    }

    private static int distance(String sentence, int from, int to) {
        String between = sentence.substring(from, to);
        int words = 0;
        Matcher w = WORD.matcher(between);
        while (w.find()) {
            words++;
        }
        int boundaries = 0;
        Matcher b = CLAUSE_BOUNDARY.matcher(between);
        while (b.find()) {
            boundaries++;
        }
        return words + CLAUSE_PENALTY * boundaries;
    }

    private static Pattern words(List<String> alternatives) {
        return Pattern.compile(
                "(?<![\\p{L}'’-])(?:" + String.join("|", alternatives) + ")(?![\\p{L}-])",
                Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    }
}
