package org.ceasefiretimeline.ingest;

import java.time.DateTimeException;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.format.TextStyle;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Infers the day an article was published when no manifest gives it: from a date in its URL, from a
 * dateline, from a wire dateline ("DOHA, Nov 27 (Reuters) -"), or from dated photo captions whose
 * day agrees with the weekdays the text names.
 */
public final class PublicationDayInferrer {

    public record Inference(LocalDate day, String evidence) {}

    private static final Pattern URL_DATE =
            Pattern.compile("/(\\d{4})[/-](\\d{1,2})[/-](\\d{1,2})(?:/|-|$)");
    private static final Pattern FULL_DATE =
            Pattern.compile(
                    "(?<m1>"
                            + CalendarWords.MONTH_REGEX
                            + ")\\s+(?<d1>\\d{1,2}),?\\s+(?<y1>\\d{4})"
                            + "|(?<d2>\\d{1,2})\\s+(?<m2>"
                            + CalendarWords.MONTH_REGEX
                            + ")\\s+(?<y2>\\d{4})");
    private static final Pattern NUMERIC_DATE =
            Pattern.compile("\\b(\\d{1,2})[./](\\d{1,2})[./](\\d{4}|\\d{2})\\b");
    private static final Pattern WIRE_DATELINE =
            Pattern.compile(
                    "[A-Z][A-Z/ .'-]{2,60},\\s+("
                            + CalendarWords.MONTH_REGEX
                            + ")\\s+(\\d{1,2})\\s+\\((?:Reuters|AP|AFP|dpa|UPI|Xinhua)\\)\\s*[-—–]");
    private static final Pattern WEEKDAY =
            Pattern.compile("\\b(" + CalendarWords.WEEKDAY_REGEX + ")\\b");

    /** "said Thursday", "told The Times of Israel on Thursday": the day of the reporting. */
    private static final Pattern SAID_WEEKDAY =
            Pattern.compile(
                    "\\b(?:said|says|told|announced|reported|added|stated|"
                            + "confirmed)\\b(?:\\s+[^\\s,.;]+){0,5}?\\s+(?:on\\s+|late\\s+|early\\s+)?("
                            + CalendarWords.WEEKDAY_REGEX
                            + ")\\b");

    private static final int SPEECH_WEIGHT = 2;

    /** How many days a dated photo may precede the article that carries it. */
    private static final int CAPTION_LAG_DAYS = 3;

    public Optional<Inference> infer(String url, List<String> datelines, List<Block> blocks) {
        if (url != null) {
            Matcher m = URL_DATE.matcher(url);
            if (m.find()) {
                Optional<LocalDate> day = day(m.group(1), m.group(2), m.group(3));
                if (day.isPresent()) {
                    return Optional.of(new Inference(day.get(), "date in the URL " + url));
                }
            }
        }
        for (String dateline : datelines) {
            Optional<LocalDate> day = firstFullDate(dateline).or(() -> numericDate(dateline));
            if (day.isPresent()) {
                return Optional.of(new Inference(day.get(), "dateline '" + dateline + "'"));
            }
        }
        Optional<Inference> wire = fromWireDateline(blocks);
        return wire.isPresent() ? wire : fromCaptions(blocks);
    }

    /**
     * "DOHA/GAZA, Nov 27 (Reuters) -": a wire dateline gives the day but not the year, which the
     * latest full date in the text supplies (the dateline's day is on or after it).
     */
    private Optional<Inference> fromWireDateline(List<Block> blocks) {
        Matcher wire = null;
        for (Block block : blocks.subList(0, Math.min(blocks.size(), 4))) {
            Matcher m = WIRE_DATELINE.matcher(block.text());
            if (block.kind() == BlockKind.PARAGRAPH && m.lookingAt()) {
                wire = m;
                break;
            }
        }
        LocalDate latest = null;
        for (Block block : blocks) {
            Matcher m = FULL_DATE.matcher(block.text());
            while (m.find()) {
                Optional<LocalDate> day = fullDate(m);
                if (day.isPresent() && (latest == null || day.get().isAfter(latest))) {
                    latest = day.get();
                }
            }
        }
        if (wire == null || latest == null) {
            return Optional.empty();
        }
        Optional<LocalDate> day =
                day(Integer.toString(latest.getYear()), monthNumber(wire.group(1)), wire.group(2));
        if (day.isPresent() && day.get().isBefore(latest)) {
            day = Optional.of(day.get().plusYears(1));
        }
        String evidence =
                "wire dateline '" + wire.group().strip() + "', year of the latest date in the text";
        return day.map(d -> new Inference(d, evidence));
    }

    /**
     * Captions are dated the day the photo was taken: mostly the publication day or the day before,
     * at times a few days before. News names the publication day's weekday most, above all after
     * verbs of saying ("said Thursday"), so of those days the one whose weekday the text names most
     * wins; on a tie, the earliest. Days further than the next are considered only when no nearer
     * one is named as a reporting day.
     */
    private Optional<Inference> fromCaptions(List<Block> blocks) {
        LocalDate latest = null;
        Map<DayOfWeek, Integer> weekdayScores = new EnumMap<>(DayOfWeek.class);
        Set<DayOfWeek> saidDays = EnumSet.noneOf(DayOfWeek.class);
        for (Block block : blocks) {
            if (block.caption()) {
                Matcher m = FULL_DATE.matcher(block.text());
                while (m.find()) {
                    Optional<LocalDate> day = fullDate(m);
                    if (day.isPresent() && (latest == null || day.get().isAfter(latest))) {
                        latest = day.get();
                    }
                }
            } else {
                Matcher m = WEEKDAY.matcher(block.text());
                while (m.find()) {
                    weekdayScores.merge(CalendarWords.weekday(m.group(1)), 1, Integer::sum);
                }
                Matcher said = SAID_WEEKDAY.matcher(block.text());
                while (said.find()) {
                    weekdayScores.merge(
                            CalendarWords.weekday(said.group(1)), SPEECH_WEIGHT, Integer::sum);
                    saidDays.add(CalendarWords.weekday(said.group(1)));
                }
            }
        }
        if (latest == null) {
            return Optional.empty();
        }
        // the day of the photo or the next, unless only a later day is named as a reporting day
        int reach =
                saidWithin(latest, 0, 1, saidDays)
                        ? 1
                        : saidWithin(latest, 2, CAPTION_LAG_DAYS, saidDays) ? CAPTION_LAG_DAYS : 1;
        LocalDate best = null;
        int bestScore = 0;
        for (int lag = 0; lag <= reach; lag++) {
            LocalDate candidate = latest.plusDays(lag);
            int score = weekdayScores.getOrDefault(candidate.getDayOfWeek(), 0);
            if (score > bestScore) {
                best = candidate;
                bestScore = score;
            }
        }
        if (best == null) {
            return Optional.empty();
        }
        return Optional.of(
                new Inference(
                        best,
                        "latest caption date "
                                + latest
                                + ", and the text names "
                                + best.getDayOfWeek().getDisplayName(TextStyle.FULL, Locale.ENGLISH)
                                + " most (score "
                                + bestScore
                                + ")"));
    }

    /**
     * "11.14.19": month first as in the US bylines that write it so, unless the first number cannot
     * be a month.
     */
    private static Optional<LocalDate> numericDate(String text) {
        Matcher m = NUMERIC_DATE.matcher(text);
        if (!m.find()) {
            return Optional.empty();
        }
        int a = Integer.parseInt(m.group(1));
        int b = Integer.parseInt(m.group(2));
        String year = m.group(3).length() == 2 ? "20" + m.group(3) : m.group(3);
        return a > 12
                ? day(year, Integer.toString(b), Integer.toString(a))
                : day(year, Integer.toString(a), Integer.toString(b));
    }

    private static boolean saidWithin(
            LocalDate from, int firstLag, int lastLag, Set<DayOfWeek> saidDays) {
        for (int lag = firstLag; lag <= lastLag; lag++) {
            if (saidDays.contains(from.plusDays(lag).getDayOfWeek())) {
                return true;
            }
        }
        return false;
    }

    private static Optional<LocalDate> firstFullDate(String text) {
        Matcher m = FULL_DATE.matcher(text);
        return m.find() ? fullDate(m) : Optional.empty();
    }

    private static Optional<LocalDate> fullDate(Matcher m) {
        return m.group("m1") != null
                ? day(m.group("y1"), monthNumber(m.group("m1")), m.group("d1"))
                : day(m.group("y2"), monthNumber(m.group("m2")), m.group("d2"));
    }

    private static String monthNumber(String name) {
        return Integer.toString(CalendarWords.month(name).getValue());
    }

    private static Optional<LocalDate> day(String year, String month, String day) {
        try {
            return Optional.of(
                    LocalDate.of(
                            Integer.parseInt(year),
                            Integer.parseInt(month),
                            Integer.parseInt(day)));
        } catch (DateTimeException | NumberFormatException e) {
            return Optional.empty();
        }
    }
}
