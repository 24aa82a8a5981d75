package org.ceasefiretimeline.embed.api;

import java.util.List;
import org.ceasefiretimeline.embed.api.ApiModel.DateItem;
import org.ceasefiretimeline.embed.api.ApiModel.EventItem;
import org.ceasefiretimeline.embed.api.ApiModel.ProposalItem;
import org.ceasefiretimeline.embed.api.ApiModel.RoundDocument;
import org.ceasefiretimeline.embed.api.ApiModel.RoundItem;
import org.ceasefiretimeline.embed.api.ApiModel.RoundLinks;
import org.ceasefiretimeline.embed.api.ApiModel.SourceItem;
import org.ceasefiretimeline.embed.api.ApiModel.TermsItem;
import org.ceasefiretimeline.extract.EventType;
import org.ceasefiretimeline.reader.TimelineViews.EventView;
import org.ceasefiretimeline.reader.TimelineViews.ProposalThread;
import org.ceasefiretimeline.reader.TimelineViews.RoundDetail;
import org.ceasefiretimeline.reader.TimelineViews.RoundSummary;
import org.ceasefiretimeline.reader.TimelineViews.SourceView;
import org.ceasefiretimeline.timeline.EventTypes;

/** The read model's views as the API's documents. */
final class ApiModels {

    private ApiModels() {}

    static RoundItem round(RoundSummary r) {
        return new RoundItem(
                r.slug(),
                r.name(),
                r.startDay(),
                r.endDay(),
                r.parties(),
                r.mediators(),
                r.outcome(),
                r.proposals(),
                r.events(),
                RoundLinks.of(r.slug()));
    }

    static RoundDocument round(RoundDetail detail) {
        return new RoundDocument(
                round(detail.summary()),
                detail.threads().stream().map(ApiModels::proposal).toList());
    }

    private static ProposalItem proposal(ProposalThread thread) {
        EventView p = thread.proposal();
        var terms = p.terms();
        return new ProposalItem(
                event(p),
                terms == null || terms.isEmpty()
                        ? null
                        : new TermsItem(
                                terms.truce(), terms.stages(), terms.hostages(), terms.prisoners()),
                terms == null
                        ? List.of()
                        : terms.dates().stream()
                                .map(
                                        d ->
                                                new DateItem(
                                                        d.role(),
                                                        d.start(),
                                                        d.precision(),
                                                        d.phrase()))
                                .toList(),
                thread.responses().stream().map(ApiModels::event).toList());
    }

    static EventItem event(EventView e) {
        boolean proposal = EventTypes.isProposal(e.type());
        Long answers =
                e.type() == EventType.RESPONSE
                        ? e.proposalId()
                        : proposal ? e.answersProposalId() : null;
        return new EventItem(
                e.id(),
                e.roundSlug(),
                e.type(),
                e.stance(),
                e.start(),
                e.end(),
                e.precision(),
                e.datePhrase(),
                e.approximate(),
                e.sources().isEmpty() ? null : e.sources().get(0).timezone(),
                e.actors(),
                e.summary(),
                e.sources().stream().map(ApiModels::source).toList(),
                proposal ? e.proposalId() : null,
                answers,
                e.corrected(),
                e.verified());
    }

    private static SourceItem source(SourceView s) {
        return new SourceItem(s.publisher(), s.title(), s.url(), s.published(), s.sentence());
    }
}
