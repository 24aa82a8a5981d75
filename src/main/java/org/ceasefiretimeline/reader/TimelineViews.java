package org.ceasefiretimeline.reader;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Locale;
import org.ceasefiretimeline.extract.EventType;
import org.ceasefiretimeline.extract.Precision;
import org.ceasefiretimeline.extract.Stance;
import org.ceasefiretimeline.extract.TypedDate;

/**
 * Read models of the timeline, detached from JPA so views and the JSON API can hold them safely.
 */
public final class TimelineViews {

    private TimelineViews() {}

    public record RoundSummary(
            String slug,
            String name,
            LocalDate startDay,
            LocalDate endDay,
            List<String> parties,
            List<String> mediators,
            long proposals,
            long events,
            String outcome) {}

    public record SourceView(
            String file,
            String title,
            String publisher,
            String url,
            LocalDate published,
            String sentence,
            int line,
            String datePhrase,
            String dateReason,
            ZoneId timezone) {}

    public record TermsView(
            String truce,
            String stages,
            String hostages,
            String prisoners,
            List<ProposalDate> dates) {

        /** Terms as an editor writes them, with no dates. */
        public TermsView(String truce, String stages, String hostages, String prisoners) {
            this(truce, stages, hostages, prisoners, List.of());
        }

        public boolean isEmpty() {
            return truce == null && stages == null && hostages == null && prisoners == null;
        }
    }

    /** A date a proposal's sources give it besides when it was made. */
    public record ProposalDate(
            TypedDate.DateRole role, LocalDateTime start, Precision precision, String phrase) {}

    /**
     * One event: {@code proposalId} is set on proposals (their own id as a proposal) and on
     * responses (the proposal answered); {@code answersProposalId} on counter-proposals. {@code
     * scheduled}: dated after every source's publication day, so reported as still to come. {@code
     * correctionReason}: the editor's reason for the latest correction, on corrected events.
     */
    public record EventView(
            long id,
            String roundSlug,
            EventType type,
            Stance stance,
            LocalDateTime start,
            LocalDateTime end,
            Precision precision,
            String datePhrase,
            boolean approximate,
            List<String> actors,
            String summary,
            List<SourceView> sources,
            Long proposalId,
            Long answersProposalId,
            TermsView terms,
            boolean verified,
            boolean corrected,
            boolean scheduled,
            String correctionReason) {

        public LocalDate day() {
            return start == null ? null : start.toLocalDate();
        }
    }

    /** A proposal with the answers to it, in date order. */
    public record ProposalThread(EventView proposal, List<EventView> responses) {}

    public record RoundDetail(
            RoundSummary summary, List<EventView> events, List<ProposalThread> threads) {

        /** The threads a filter leaves something of: the proposal or one of its answers shown. */
        public List<ProposalThread> threadsShowing(List<EventView> shown) {
            return threads.stream()
                    .filter(
                            t ->
                                    shown.contains(t.proposal())
                                            || t.responses().stream().anyMatch(shown::contains))
                    .toList();
        }
    }

    /** What the reader filters on; null or empty means no filter. */
    public record EventFilter(List<String> actors, List<EventKind> kinds, String text) {

        public static final EventFilter NONE = new EventFilter(List.of(), List.of(), null);

        /**
         * The filter on events already loaded; {@code EventSpecifications} is the same filter in
         * the database.
         */
        public boolean matches(EventView e) {
            String words = text == null ? "" : text.strip().toLowerCase(Locale.ROOT);
            return (actors.isEmpty() || e.actors().stream().anyMatch(actors::contains))
                    && (kinds.isEmpty()
                            || kinds.stream().anyMatch(k -> k.matches(e.type(), e.stance())))
                    && (words.isEmpty()
                            || (e.summary() != null
                                    && e.summary().toLowerCase(Locale.ROOT).contains(words)));
        }

        public boolean isEmpty() {
            return actors.isEmpty() && kinds.isEmpty() && (text == null || text.isBlank());
        }
    }

    /**
     * What the JSON API filters events on: a round (by slug), actors, types and a range of days the
     * event starts in (inclusive); null or empty means no filter.
     */
    public record EventQuery(
            String roundSlug,
            List<String> actors,
            List<EventType> types,
            LocalDate from,
            LocalDate to) {

        public EventQuery {
            actors = actors == null ? List.of() : List.copyOf(actors);
            types = types == null ? List.of() : List.copyOf(types);
        }
    }

    /**
     * An event's place in chronological order, undated events last, the id breaking ties: where a
     * page of events ends and the next begins.
     */
    public record EventKey(LocalDateTime start, long id) {

        public static EventKey of(EventView e) {
            return new EventKey(e.start(), e.id());
        }
    }
}
