package org.ceasefiretimeline.extract;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.ceasefiretimeline.extract.DateParts.PartOfDay;
import org.ceasefiretimeline.extract.DateParts.Qualifier;
import org.ceasefiretimeline.ingest.RuleFile;

/** The hours of {@code parts-of-day.txt}: "early Tuesday", "Thursday night". */
final class PartsOfDay {

    /** A part of the day as a phrase names it; either may be absent, not both. */
    record Phrase(Qualifier qualifier, PartOfDay part) {

        String words() {
            return ((qualifier == null ? "" : qualifier.word() + " ")
                            + (part == null ? "" : part.word()))
                    .strip();
        }
    }

    /** From and until on a day; an until at or before from is on the next day. */
    private record Hours(LocalTime from, LocalTime until) {}

    private static final Map<Phrase, Hours> HOURS = new HashMap<>();

    /** What the file lists under "night", which is also what it does not list. */
    private static final Hours NIGHT;

    static {
        for (List<String> entry : RuleFile.load(PartsOfDay.class, "parts-of-day.txt")) {
            try {
                Hours hours =
                        new Hours(LocalTime.parse(entry.get(1)), LocalTime.parse(entry.get(2)));
                for (String words : entry.get(0).split(";\\s+")) {
                    HOURS.put(phrase(words), hours);
                }
            } catch (RuntimeException e) {
                throw new IllegalStateException("parts-of-day.txt: bad entry " + entry, e);
            }
        }
        NIGHT = HOURS.get(new Phrase(null, PartOfDay.NIGHT));
        if (NIGHT == null) {
            throw new IllegalStateException("parts-of-day.txt has no night");
        }
    }

    private PartsOfDay() {}

    record Span(LocalDateTime start, LocalDateTime end) {}

    /** The span of {@code day} that the phrase stands for. */
    static Span of(LocalDate day, Phrase phrase) {
        Hours hours = HOURS.getOrDefault(phrase, NIGHT);
        LocalDate untilDay = hours.until().isAfter(hours.from()) ? day : day.plusDays(1);
        return new Span(day.atTime(hours.from()), untilDay.atTime(hours.until()));
    }

    private static Phrase phrase(String words) {
        String[] w = words.split(" ");
        if (w.length == 2) {
            return new Phrase(qualifier(w[0]), PartOfDay.valueOf(w[1].toUpperCase(Locale.ROOT)));
        }
        for (PartOfDay part : PartOfDay.values()) {
            if (part.word().equals(words)) {
                return new Phrase(null, part);
            }
        }
        return new Phrase(qualifier(words), null);
    }

    private static Qualifier qualifier(String word) {
        return Qualifier.valueOf(word.toUpperCase(Locale.ROOT));
    }
}
