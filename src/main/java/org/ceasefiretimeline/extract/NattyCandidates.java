package org.ceasefiretimeline.extract;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Date;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TimeZone;
import java.util.logging.Level;
import java.util.logging.Logger;
import java.util.regex.Pattern;
import org.ceasefiretimeline.ingest.RuleFile;
import org.natty.DateGroup;
import org.natty.Parser;

/**
 * Date expressions found by the Natty parser, for what the rules of {@code date-rules.txt} do not
 * cover. Natty is called only on sentences that can hold a date, every call is guarded (a failure
 * loses one sentence's candidates, never the article), and its false finds are filtered out.
 */
final class NattyCandidates {

    record Candidate(String text, int begin, int end, LocalDateTime value, boolean timeInferred) {}

    private static final Logger LOG = Logger.getLogger(NattyCandidates.class.getName());
    private static final Pattern KEEP;
    private static final Pattern DROP;
    private static final ThreadLocal<Map<ZoneId, Parser>> PARSERS =
            ThreadLocal.withInitial(HashMap::new);

    static {
        List<String> keep = new ArrayList<>();
        List<String> drop = new ArrayList<>();
        for (List<String> entry : RuleFile.load(NattyCandidates.class, "natty-filter.txt")) {
            (entry.get(0).equals("KEEP") ? keep : drop).add(entry.get(1));
        }
        KEEP = Pattern.compile(String.join("|", keep), Pattern.CASE_INSENSITIVE);
        DROP = Pattern.compile("(?:" + String.join("|", drop) + ")", Pattern.CASE_INSENSITIVE);
    }

    private NattyCandidates() {}

    /**
     * Whether the sentence, with the spans our rules already found blanked out, still has a
     * date-like word.
     */
    static boolean mayHoldMoreDates(String sentence, List<int[]> found) {
        StringBuilder rest = new StringBuilder(sentence);
        for (int[] span : found) {
            for (int i = span[0]; i < span[1]; i++) {
                rest.setCharAt(i, ' ');
            }
        }
        // only what the filter could keep is worth a parse: Natty costs about 0.6 ms a sentence
        return KEEP.matcher(rest).find();
    }

    /**
     * @param found the spans our rules found, which Natty need not look for again
     * @param where the article file and sentence number, for the warning when Natty fails
     */
    static List<Candidate> find(
            String sentence, List<int[]> found, LocalDate reference, ZoneId zone, String where) {
        List<Candidate> candidates = new ArrayList<>();
        if (!mayHoldMoreDates(sentence, found)) {
            return candidates;
        }
        List<DateGroup> groups;
        try {
            Date at = Date.from(reference.atTime(12, 0).atZone(zone).toInstant());
            groups = parser(zone).parse(sentence, at);
        } catch (RuntimeException | StackOverflowError e) {
            LOG.log(
                    Level.WARNING,
                    where
                            + ": the Natty parser failed on this sentence ("
                            + e
                            + "); its other dates"
                            + " are still found by our rules");
            return candidates;
        }
        for (DateGroup group : groups) {
            String text = group.getText();
            int begin = group.getPosition() - 1;
            if (group.getDates().isEmpty()
                    || begin < 0
                    || begin + text.length() > sentence.length()
                    || !KEEP.matcher(text).find()
                    || DROP.matcher(text.strip()).matches()) {
                continue;
            }
            LocalDateTime value =
                    LocalDateTime.ofInstant(group.getDates().get(0).toInstant(), zone);
            if (group.isTimeInferred()) {
                value = value.truncatedTo(ChronoUnit.DAYS);
            }
            candidates.add(
                    new Candidate(
                            text, begin, begin + text.length(), value, group.isTimeInferred()));
        }
        return candidates;
    }

    private static Parser parser(ZoneId zone) {
        return PARSERS.get().computeIfAbsent(zone, z -> new Parser(TimeZone.getTimeZone(z)));
    }
}
