package org.ceasefiretimeline.reader;

import com.vaadin.flow.component.dependency.CssImport;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteAlias;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import org.ceasefiretimeline.base.AppShell;
import org.ceasefiretimeline.base.MainLayout;
import org.ceasefiretimeline.reader.TimelineViews.RoundSummary;

/**
 * The rounds of talks, newest first, each with its span, parties, mediators, proposals and outcome.
 * Also at {@code /rounds}, the parent of every round's address, which readers try.
 */
@Route(value = "", layout = MainLayout.class)
@RouteAlias(value = "rounds", layout = MainLayout.class)
@PageTitle(AppShell.TITLE)
@CssImport("./styles/timeline.css")
@AnonymousAllowed
public class HomeView extends Main {

    HomeView(TimelineService timeline) {
        Div page = new Div();
        page.addClassName("ct-page");
        H1 title = new H1("Ceasefire negotiations");
        title.setId("home-heading");
        Paragraph lede =
                new Paragraph(
                        "Rounds of talks between Israel and Hamas or Palestinian Islamic Jihad: who "
                                + "proposed what, who accepted, rejected or countered it, and when — each date read from the news "
                                + "and linked to its sentence.");
        lede.addClassName("ct-lede");
        page.add(title, lede);

        UnorderedList rounds = new UnorderedList();
        rounds.addClassName("ct-round-list");
        rounds.setId("rounds");
        for (RoundSummary round : timeline.rounds()) {
            rounds.add(item(round));
        }
        Section section = new Section(new H2("Rounds"), rounds);
        if (rounds.getChildren().findAny().isEmpty()) {
            Paragraph none =
                    new Paragraph(
                            "No rounds yet: articles are being imported, or none has been added.");
            none.addClassName("ct-empty");
            section.add(none);
        }
        page.add(section, new Anchor("events", "All events across rounds"));
        add(page);
    }

    private static ListItem item(RoundSummary round) {
        ListItem item = new ListItem();
        item.addClassName("ct-round");
        Anchor link = new Anchor("rounds/" + round.slug(), new H3(round.name()));
        link.setId("round-" + round.slug());
        item.add(link, RoundSummaryMeta.of(round));
        return item;
    }
}
