package org.ceasefiretimeline.reader;

import com.vaadin.flow.component.AttachEvent;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.dependency.CssImport;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.data.renderer.ComponentRenderer;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.Location;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import com.vaadin.flow.spring.security.AuthenticationContext;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.ceasefiretimeline.base.MainLayout;
import org.ceasefiretimeline.reader.TimelineViews.EventView;
import org.ceasefiretimeline.reader.TimelineViews.RoundSummary;

/**
 * Every event across rounds, newest first, with its round, and how many match the filters. The grid
 * asks the database for the rows in view only, so it opens at once on tens of thousands of events.
 * On a narrow screen each row is one card instead of columns too narrow to read.
 */
@Route(value = "events", layout = MainLayout.class)
@PageTitle("All events · Ceasefire Timeline")
@CssImport("./styles/timeline.css")
@AnonymousAllowed
class AllEventsView extends Main implements BeforeEnterObserver {

    /** Below this window width (CSS pixels) rows are cards. */
    static final int CARDS_BELOW = 720;

    private final TimelineService timeline;
    private final boolean editor;
    private final Grid<EventView> grid = new Grid<>();
    private final Paragraph count = new Paragraph();
    private final Paragraph none = new Paragraph("No events match these filters.");
    private final EventFilters filters;
    private final Map<String, String> roundNames;
    private List<Grid.Column<EventView>> columns;
    private Grid.Column<EventView> cards;
    private boolean reading;

    AllEventsView(TimelineService timeline, AuthenticationContext auth) {
        this.timeline = timeline;
        // only editors have accounts: anyone logged in may edit
        this.editor = auth.isAuthenticated();
        roundNames =
                timeline.rounds().stream()
                        .collect(Collectors.toMap(RoundSummary::slug, RoundSummary::name));
        Div page = new Div();
        page.addClassName("ct-page");
        H1 title = new H1("All events");
        Paragraph lede =
                new Paragraph("Every proposal, answer and turn of the talks, newest first.");
        lede.addClassName("ct-lede");

        grid.setId("all-events");
        grid.addThemeVariants(GridVariant.LUMO_WRAP_CELL_CONTENT, GridVariant.LUMO_ROW_STRIPES);
        grid.setAllRowsVisible(false);
        grid.setHeight("70vh");
        columns =
                List.of(
                        grid.addColumn(DateLabels::of)
                                .setHeader("Date")
                                .setAutoWidth(true)
                                .setFlexGrow(0),
                        grid.addColumn(e -> EventKind.of(e.type(), e.stance()).label())
                                .setHeader("Event")
                                .setAutoWidth(true)
                                .setFlexGrow(0),
                        grid.addColumn(new ComponentRenderer<>(this::roundLink))
                                .setHeader("Round")
                                .setWidth("14em")
                                .setFlexGrow(0),
                        grid.addColumn(e -> String.join(", ", e.actors()))
                                .setHeader("Actors")
                                .setAutoWidth(true)
                                .setFlexGrow(0),
                        grid.addColumn(new ComponentRenderer<>(AllEventsView::sentenceLink))
                                .setHeader("What the source says")
                                .setFlexGrow(1));
        if (editor) {
            columns = new ArrayList<>(columns);
            columns.add(
                    grid.addColumn(new ComponentRenderer<>(AllEventsView::editLink))
                            .setHeader("Edit")
                            .setAutoWidth(true)
                            .setFlexGrow(0));
        }
        cards = grid.addColumn(new ComponentRenderer<>(this::card)).setHeader("Events");
        cards.setVisible(false);

        filters = new EventFilters(timeline.actorNames(), this::refresh);
        grid.setItems(
                query ->
                        timeline
                                .events(filters.value(), query.getOffset(), query.getLimit())
                                .stream(),
                query -> (int) timeline.countEvents(filters.value()));
        count.setId("events-count");
        count.getElement().setAttribute("aria-live", "polite");
        none.setId("no-events");
        none.addClassName("ct-empty");
        page.add(title, lede, filters, count, none, grid);
        add(page);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        reading = true;
        filters.read(event.getLocation().getQueryParameters());
        reading = false;
        refresh();
    }

    @Override
    protected void onAttach(AttachEvent attach) {
        var page = attach.getUI().getPage();
        page.retrieveExtendedClientDetails(d -> fit(d.getWindowInnerWidth()));
        page.addBrowserWindowResizeListener(e -> fit(e.getWidth()));
    }

    /** Columns on a wide screen, one card per row on a narrow one. */
    private void fit(int width) {
        boolean narrow = width < CARDS_BELOW;
        columns.forEach(c -> c.setVisible(!narrow));
        cards.setVisible(narrow);
        grid.setHeight(narrow ? "80vh" : "70vh");
    }

    private void refresh() {
        if (reading) {
            return;
        }
        long matching = timeline.countEvents(filters.value());
        count.setText(
                (matching == 1 ? "1 event" : matching + " events")
                        + (filters.value().isEmpty() ? "" : " match these filters"));
        none.setVisible(matching == 0);
        grid.setVisible(matching > 0);
        grid.getDataProvider().refreshAll();
        getUI().ifPresent(
                        ui ->
                                ui.getPage()
                                        .getHistory()
                                        .replaceState(
                                                null, new Location("events", filters.query())));
    }

    private Component roundLink(EventView e) {
        if (e.roundSlug() == null) {
            return new Span("no round yet");
        }
        return new Anchor(
                "rounds/" + e.roundSlug(), roundNames.getOrDefault(e.roundSlug(), e.roundSlug()));
    }

    private static Anchor sentenceLink(EventView e) {
        return new Anchor(
                e.roundSlug() == null ? "events" : "rounds/" + e.roundSlug() + "/events/" + e.id(),
                e.summary() == null ? "(no sentence)" : e.summary());
    }

    /** One event as a card for narrow screens: what, when, who, where, and the sentence. */
    private Component card(EventView e) {
        Span kind = new Span(EventKind.of(e.type(), e.stance()).label());
        kind.addClassName("ct-badge");
        if (e.stance() != null) {
            kind.getElement().setAttribute("data-stance", e.stance().name());
        }
        Span date = new Span(DateLabels.of(e));
        date.addClassName("ct-date");
        Div head = new Div(kind, date);
        head.addClassName("ct-event-head");
        Div card = new Div(head);
        card.addClassName("ct-row-card");
        if (!e.actors().isEmpty()) {
            Span actors = new Span(String.join(", ", e.actors()));
            actors.addClassName("ct-actors");
            card.add(new Div(actors));
        }
        Div round = new Div(new Span("Round: "), roundLink(e));
        round.addClassName("ct-phrase");
        card.add(round, new Div(sentenceLink(e)));
        if (editor) {
            card.add(new Div(editLink(e)));
        }
        return card;
    }

    private static Anchor editLink(EventView e) {
        Anchor edit = new Anchor("editor/events/" + e.id(), "Edit");
        edit.addClassName("ct-edit");
        edit.getElement().setAttribute("aria-label", "Edit this event");
        return edit;
    }
}
