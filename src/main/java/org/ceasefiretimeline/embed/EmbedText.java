package org.ceasefiretimeline.embed;

import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.text.MessageFormat;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Arrays;
import java.util.Locale;
import java.util.Objects;
import java.util.ResourceBundle;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.ceasefiretimeline.extract.EventType;
import org.ceasefiretimeline.extract.Precision;
import org.ceasefiretimeline.extract.Stance;
import org.ceasefiretimeline.reader.TimelineViews.EventView;
import org.ceasefiretimeline.reader.TimelineViews.SourceView;
import org.ceasefiretimeline.reader.TimelineViews.TermsView;
import org.ceasefiretimeline.timeline.EventTypes;

/**
 * The words and dates of an embed page in its language: labels from {@code messages*.properties},
 * dates as "Thu 20 May 2021" with the time or the span their precision gives.
 */
public final class EmbedText {

    private static final ResourceBundle.Control NO_FALLBACK_TO_THE_SERVERS_LOCALE =
            ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES);

    /**
     * English labels and dates: the exports' too (TimelineJS's display dates). After the control
     * above, which it is made with.
     */
    public static final EmbedText ENGLISH = new EmbedText(PageLanguage.ENGLISH);

    private final PageLanguage language;
    private final ResourceBundle labels;
    private final DateTimeFormatter day;
    private final DateTimeFormatter month;
    private final DateTimeFormatter time;

    public EmbedText(PageLanguage language) {
        this.language = language;
        Locale locale = language.labels();
        this.labels =
                ResourceBundle.getBundle(
                        EmbedText.class.getPackageName() + ".messages",
                        locale,
                        NO_FALLBACK_TO_THE_SERVERS_LOCALE);
        this.day = DateTimeFormatter.ofPattern("EEE d MMM yyyy", locale);
        this.month = DateTimeFormatter.ofPattern("MMMM yyyy", locale);
        this.time = DateTimeFormatter.ofPattern("HH:mm", locale);
    }

    public String lang() {
        return language.labels().toLanguageTag();
    }

    public String dir() {
        return language.dir();
    }

    /**
     * {@code lang} for the articles' own words (sentences, phrases, names): null on an English
     * page.
     */
    public String contentLang() {
        return language.labels().getLanguage().equals("en") ? null : "en";
    }

    public String get(String key) {
        return labels.getString(key);
    }

    public String format(String key, Object... arguments) {
        return new MessageFormat(labels.getString(key), language.labels()).format(arguments);
    }

    /** "Accepted" for a response by its stance, otherwise the event's type. */
    public String type(EventView e) {
        return type(e.type(), e.stance());
    }

    public String type(EventType type, Stance stance) {
        String key =
                type == EventType.RESPONSE && stance != null ? "stance." + stance : "type." + type;
        return labels.containsKey(key) ? labels.getString(key) : EventTypes.label(type, stance);
    }

    public String precision(Precision precision) {
        return precision == null ? get("precision.unknown") : get("precision." + precision);
    }

    public String date(EventView e) {
        return e.start() == null ? get("event.undated") : date(e.start(), e.end(), e.precision());
    }

    public String date(LocalDateTime start, LocalDateTime end, Precision precision) {
        if (precision == null) {
            return day.format(start);
        }
        return switch (precision) {
            case YEAR -> Integer.toString(start.getYear());
            case SEASON, MONTH -> month.format(start);
            case PART_OF_MONTH, SPAN, WEEK, PART_OF_WEEK ->
                    end == null || end.toLocalDate().equals(start.toLocalDate())
                            ? day.format(start)
                            : day.format(start) + " – " + day.format(end);
            case TIME -> day.format(start) + ", " + time.format(start);
            default -> day.format(start);
        };
    }

    public String day(LocalDate value) {
        return value == null ? get("event.undated") : day.format(value);
    }

    /** The machine-readable date for {@code <time datetime>}, as precise as the date is known. */
    public static String machineDate(LocalDateTime start, Precision precision) {
        if (start == null) {
            return null;
        }
        if (precision == null) {
            return start.toLocalDate().toString();
        }
        return switch (precision) {
            case YEAR -> Integer.toString(start.getYear());
            case SEASON, MONTH -> start.toLocalDate().toString().substring(0, 7);
            case TIME -> start.toString().substring(0, 16);
            default -> start.toLocalDate().toString();
        };
    }

    /** "yearlong truce · three stages": the terms a proposal's sources give. */
    public static String terms(TermsView t) {
        return Stream.of(t.truce(), t.stages(), t.hostages(), t.prisoners())
                .filter(Objects::nonNull)
                .collect(Collectors.joining(" · "));
    }

    /** Only coarser than a day, or dated by the article that reported it. */
    public static boolean approximate(EventView e) {
        return e.approximate() || e.precision() == null || !e.precision().atLeastDay();
    }

    public static String publisher(SourceView s) {
        return s.publisher() != null ? s.publisher() : s.title() != null ? s.title() : s.file();
    }

    /**
     * The article, scrolled to the sentence (a text fragment of its first words); null when the
     * source has no web address (never a {@code javascript:} or other link).
     */
    public static String articleLink(SourceView s) {
        if (s.url() == null) {
            return null;
        }
        try {
            String scheme = URI.create(s.url()).getScheme();
            if (!"http".equalsIgnoreCase(scheme) && !"https".equalsIgnoreCase(scheme)) {
                return null;
            }
        } catch (IllegalArgumentException e) {
            return null;
        }
        String[] words = s.sentence().split("\\s+");
        String start = String.join(" ", Arrays.copyOf(words, Math.min(words.length, 8)));
        return s.url()
                + "#:~:text="
                + URLEncoder.encode(start, StandardCharsets.UTF_8).replace("+", "%20");
    }
}
