package org.ceasefiretimeline.reader;

import com.vaadin.flow.component.html.DescriptionList;
import com.vaadin.flow.component.html.Div;
import org.ceasefiretimeline.reader.TimelineViews.RoundSummary;

/** A round's facts as a description list: span, parties, mediators, proposals, outcome. */
final class RoundSummaryMeta {

    private RoundSummaryMeta() {}

    static DescriptionList of(RoundSummary s) {
        DescriptionList meta = new DescriptionList();
        meta.addClassName("ct-meta");
        add(
                meta,
                "Dates",
                s.startDay() == null
                        ? "unknown"
                        : DateLabels.day(s.startDay())
                                + (s.endDay() == null || s.endDay().equals(s.startDay())
                                        ? ""
                                        : " – " + DateLabels.day(s.endDay())));
        add(meta, "Parties", String.join(", ", s.parties()));
        add(
                meta,
                "Mediators",
                s.mediators().isEmpty() ? "none named" : String.join(", ", s.mediators()));
        add(meta, "Proposals", Long.toString(s.proposals()));
        add(meta, "Outcome", s.outcome() == null ? "not reported" : s.outcome());
        return meta;
    }

    private static void add(DescriptionList meta, String term, String description) {
        Div pair =
                new Div(
                        new DescriptionList.Term(term),
                        new DescriptionList.Description(description));
        meta.add(pair);
    }
}
