package org.ceasefiretimeline.embed;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Stream;
import org.ceasefiretimeline.extract.EventType;
import org.ceasefiretimeline.reader.TimelineViews.EventView;
import org.ceasefiretimeline.reader.TimelineViews.RoundSummary;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * What an embed page was asked for: {@code ?actor=Egypt&type=RESPONSE&from=2024-05-01&to=2024-05-10
 * &theme=dark&lang=ar}. Other parameters (Pym.js adds {@code childId}, {@code initialWidth} and
 * more) are ignored, so they never split the cache.
 */
public record EmbedQuery(
        List<String> actors,
        List<EventType> types,
        LocalDate from,
        LocalDate to,
        Theme theme,
        PageLanguage language) {

    public static final EmbedQuery NONE =
            new EmbedQuery(List.of(), List.of(), null, null, Theme.LIGHT, PageLanguage.ENGLISH);

    public EmbedQuery {
        // sorted, so the same filter in another order is the same cached page
        actors =
                actors.stream()
                        .map(String::strip)
                        .filter(a -> !a.isEmpty())
                        .distinct()
                        .sorted()
                        .toList();
        types = types.stream().distinct().sorted().toList();
        if (from != null && to != null && to.isBefore(from)) {
            throw new BadEmbedQueryException("to (" + to + ") is before from (" + from + ")");
        }
    }

    static EmbedQuery of(Map<String, String[]> parameters) {
        return new EmbedQuery(
                values(parameters, "actor").toList(),
                values(parameters, "type").map(EmbedQuery::type).toList(),
                day(first(parameters, "from"), "from"),
                day(first(parameters, "to"), "to"),
                Theme.of(first(parameters, "theme")),
                PageLanguage.of(first(parameters, "lang")));
    }

    public boolean filtersEvents() {
        return !actors.isEmpty() || !types.isEmpty() || from != null || to != null;
    }

    public boolean matches(EventView e) {
        return (actors.isEmpty() || e.actors().stream().anyMatch(actors::contains))
                && (types.isEmpty() || types.contains(e.type()))
                && (from == null || (e.day() != null && !e.day().isBefore(from)))
                && (to == null || (e.day() != null && !e.day().isAfter(to)));
    }

    /** A round matches when an actor took part in it and its span meets the date range. */
    public boolean matches(RoundSummary r) {
        return (actors.isEmpty()
                        || Stream.concat(r.parties().stream(), r.mediators().stream())
                                .anyMatch(actors::contains))
                && (from == null || r.endDay() == null || !r.endDay().isBefore(from))
                && (to == null || r.startDay() == null || !r.startDay().isAfter(to));
    }

    /** The same query with only the page's look (theme and language), for links to other pages. */
    public EmbedQuery lookOnly() {
        return new EmbedQuery(List.of(), List.of(), null, null, theme, language);
    }

    /** This query on {@code path}, defaults left out. */
    public String on(String path) {
        UriComponentsBuilder uri = UriComponentsBuilder.fromPath(path);
        actors.forEach(a -> uri.queryParam("actor", a));
        types.forEach(t -> uri.queryParam("type", t.name()));
        if (from != null) {
            uri.queryParam("from", from);
        }
        if (to != null) {
            uri.queryParam("to", to);
        }
        if (theme != Theme.LIGHT) {
            uri.queryParam("theme", theme.param());
        }
        if (language.param() != null) {
            uri.queryParam("lang", language.param());
        }
        return uri.encode().build().toUriString();
    }

    private static Stream<String> values(Map<String, String[]> parameters, String name) {
        String[] values = parameters.get(name);
        List<String> split = new ArrayList<>();
        // both ?actor=Egypt&actor=Qatar and ?actor=Egypt,Qatar
        if (values != null) {
            Arrays.stream(values).forEach(v -> split.addAll(Arrays.asList(v.split(","))));
        }
        return split.stream().map(String::strip).filter(v -> !v.isEmpty());
    }

    private static String first(Map<String, String[]> parameters, String name) {
        String[] values = parameters.get(name);
        return values == null || values.length == 0 ? null : values[0];
    }

    private static EventType type(String value) {
        try {
            return EventType.valueOf(value.toUpperCase(Locale.ROOT).replace('-', '_'));
        } catch (IllegalArgumentException e) {
            throw new BadEmbedQueryException(
                    "type must be one of "
                            + Arrays.toString(EventType.values())
                            + ", not "
                            + value);
        }
    }

    private static LocalDate day(String value, String name) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return LocalDate.parse(value.strip());
        } catch (DateTimeParseException e) {
            throw new BadEmbedQueryException(name + " must be a day like 2024-05-01, not " + value);
        }
    }
}
