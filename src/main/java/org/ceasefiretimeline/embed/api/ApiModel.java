package org.ceasefiretimeline.embed.api;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.List;
import org.ceasefiretimeline.extract.EventType;
import org.ceasefiretimeline.extract.Precision;
import org.ceasefiretimeline.extract.Stance;
import org.ceasefiretimeline.extract.TypedDate.DateRole;

/**
 * What the JSON API answers, as a contract of its own: the read model can change without changing
 * what newsrooms' code reads. Links are paths on this server.
 */
final class ApiModel {

    private ApiModel() {}

    record RoundItem(
            String slug,
            String name,
            LocalDate startDay,
            LocalDate endDay,
            List<String> parties,
            List<String> mediators,
            String outcome,
            long proposalCount,
            long eventCount,
            RoundLinks links) {}

    record RoundLinks(String self, String events, String timelinejs, String csv, String ics) {

        static RoundLinks of(String slug) {
            String round = "/api/v1/rounds/" + slug;
            return new RoundLinks(
                    round,
                    "/api/v1/events?round=" + slug,
                    round + "/timelinejs.json",
                    round + "/events.csv",
                    round + "/events.ics");
        }
    }

    record RoundList(List<RoundItem> rounds) {}

    /** A round with its proposals, each with its terms, the dates it gives and its answers. */
    record RoundDocument(RoundItem round, List<ProposalItem> proposals) {}

    record ProposalItem(
            EventItem proposal, TermsItem terms, List<DateItem> dates, List<EventItem> answers) {}

    record TermsItem(String truce, String stages, String hostages, String prisoners) {}

    /**
     * A date a proposal gives besides when it was made: when it would take effect, end, or is due.
     */
    record DateItem(DateRole role, LocalDateTime date, Precision precision, String phrase) {}

    /**
     * One event. {@code date} and {@code end} are local times of {@code timezone} (the first
     * source's), as known down to {@code precision}; {@code phrase} is the article's own words for
     * the date. {@code proposalId} is set on proposals, {@code answers} on responses and
     * counter-proposals (the proposal answered).
     */
    record EventItem(
            long id,
            String round,
            EventType type,
            Stance stance,
            LocalDateTime date,
            LocalDateTime end,
            Precision precision,
            String phrase,
            boolean approximate,
            ZoneId timezone,
            List<String> actors,
            String summary,
            List<SourceItem> sources,
            Long proposalId,
            Long answers,
            boolean corrected,
            boolean verified) {}

    record SourceItem(
            String publisher, String title, String url, LocalDate published, String sentence) {}

    /** A page of events; {@code next} is the cursor of the next page, null on the last. */
    record EventPage(List<EventItem> events, String next) {}
}
