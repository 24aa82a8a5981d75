package org.ceasefiretimeline.embed.export;

import java.net.URI;
import java.net.URISyntaxException;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.LinkedHashSet;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.TimeZoneRegistry;
import net.fortuna.ical4j.model.TimeZoneRegistryFactory;
import net.fortuna.ical4j.model.component.VEvent;
import net.fortuna.ical4j.model.property.Categories;
import net.fortuna.ical4j.model.property.Description;
import net.fortuna.ical4j.model.property.ProdId;
import net.fortuna.ical4j.model.property.Uid;
import net.fortuna.ical4j.model.property.Url;
import net.fortuna.ical4j.model.property.XProperty;
import net.fortuna.ical4j.model.property.immutable.ImmutableCalScale;
import net.fortuna.ical4j.model.property.immutable.ImmutableVersion;
import org.ceasefiretimeline.reader.TimelineViews.EventView;
import org.ceasefiretimeline.reader.TimelineViews.RoundDetail;
import org.ceasefiretimeline.reader.TimelineViews.SourceView;
import org.ceasefiretimeline.timeline.EventTypes;

/**
 * A round as an iCalendar file: an event known to the time (a time, or a part of a day such as
 * "Thursday night") is timed in its source's time zone, with that zone's VTIMEZONE; any other is an
 * all-day event over the days it spans (a week, a month). Undated events are left out. Lines are
 * folded at 75 octets.
 */
public final class IcsExport {

    private static final TimeZoneRegistry ZONES =
            TimeZoneRegistryFactory.getInstance().createRegistry();

    private IcsExport() {}

    public static String of(RoundDetail round) {
        Calendar calendar = new Calendar();
        calendar.add(new ProdId("-//Ceasefire Timeline//Timeline export//EN"));
        calendar.add(ImmutableVersion.VERSION_2_0);
        calendar.add(ImmutableCalScale.GREGORIAN);
        calendar.add(new XProperty("X-WR-CALNAME", round.summary().name()));
        Set<ZoneId> zones = new LinkedHashSet<>();
        for (EventView e : round.events()) {
            if (e.start() == null) {
                continue;
            }
            VEvent event =
                    e.precision() != null && e.precision().hasTime() ? timed(e, zones) : allDay(e);
            event.add(new Uid("event-" + e.id() + "@ceasefire-timeline"));
            event.add(new Description(description(e)));
            event.add(new Categories(EventTypes.label(e.type())));
            url(e).ifPresent(event::add);
            calendar.add(event);
        }
        zones.forEach(zone -> calendar.add(ZONES.getTimeZone(zone.getId()).getVTimeZone()));
        // Calendar.toString does not fold, and ical4j's FoldingWriter (CalendarOutputter's) counts
        // characters, not octets: a line of quotation marks or Arabic would pass 75 octets
        return Rfc5545.folded(calendar.toString());
    }

    private static VEvent timed(EventView e, Set<ZoneId> zones) {
        ZoneId zone = e.sources().isEmpty() ? ZoneId.of("UTC") : e.sources().get(0).timezone();
        zones.add(zone);
        ZonedDateTime start = e.start().atZone(zone);
        if (e.end() == null || !e.end().isAfter(e.start())) {
            return new VEvent(start, summary(e));
        }
        return new VEvent(start, e.end().atZone(zone), summary(e));
    }

    /** DTEND of an all-day event is the day after its last (RFC 5545, 3.6.1). */
    private static VEvent allDay(EventView e) {
        LocalDate first = e.start().toLocalDate();
        LocalDate last =
                e.end() == null || e.end().toLocalDate().isBefore(first)
                        ? first
                        : e.end().toLocalDate();
        return new VEvent(first, last.plusDays(1), summary(e));
    }

    private static String summary(EventView e) {
        return EventTypes.label(e.type(), e.stance())
                + (e.actors().isEmpty() ? "" : ": " + String.join(", ", e.actors()));
    }

    private static String description(EventView e) {
        String date =
                (e.datePhrase() == null ? "" : "Date as reported: “" + e.datePhrase() + "”")
                        + (e.corrected() ? " (corrected by an editor)" : "");
        String sources =
                e.sources().stream().map(IcsExport::source).collect(Collectors.joining("\n\n"));
        return (date.isEmpty() ? "" : date + "\n\n") + sources;
    }

    private static String source(SourceView s) {
        return "“"
                + s.sentence()
                + "” — "
                + (s.publisher() == null ? s.file() : s.publisher())
                + (s.url() == null ? "" : " " + s.url());
    }

    private static Optional<Url> url(EventView e) {
        return e.sources().stream()
                .map(SourceView::url)
                .filter(u -> u != null && !u.isBlank())
                .findFirst()
                .flatMap(
                        u -> {
                            try {
                                return Optional.of(new Url(new URI(u)));
                            } catch (URISyntaxException bad) {
                                return Optional.empty();
                            }
                        });
    }
}
