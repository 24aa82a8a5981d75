package org.ceasefiretimeline.reader;

import com.vaadin.flow.component.dependency.CssImport;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.data.renderer.ComponentRenderer;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import org.ceasefiretimeline.base.MainLayout;
import org.ceasefiretimeline.reader.TimelineViews.EventView;
import org.ceasefiretimeline.timeline.EventTypes;

/**
 * Every event across rounds, newest first. The grid asks the database for the rows in view only, so
 * it opens at once on tens of thousands of events.
 */
@Route(value = "events", layout = MainLayout.class)
@PageTitle("All events · Ceasefire Timeline")
@CssImport("./styles/timeline.css")
@AnonymousAllowed
class AllEventsView extends Main {

    AllEventsView(TimelineService timeline) {
        Div page = new Div();
        page.addClassName("ct-page");
        H1 title = new H1("All events");
        Paragraph lede =
                new Paragraph("Every proposal, answer and turn of the talks, newest first.");
        lede.addClassName("ct-lede");

        Grid<EventView> grid = new Grid<>();
        grid.setId("all-events");
        grid.addThemeVariants(GridVariant.LUMO_WRAP_CELL_CONTENT, GridVariant.LUMO_ROW_STRIPES);
        grid.setAllRowsVisible(false);
        grid.setHeight("70vh");
        grid.addColumn(DateLabels::of).setHeader("Date").setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(e -> EventTypes.label(e.type(), e.stance()))
                .setHeader("Event")
                .setAutoWidth(true)
                .setFlexGrow(0);
        grid.addColumn(e -> String.join(", ", e.actors()))
                .setHeader("Actors")
                .setAutoWidth(true)
                .setFlexGrow(0);
        grid.addColumn(
                        new ComponentRenderer<>(
                                e ->
                                        new Anchor(
                                                e.roundSlug() == null
                                                        ? "events"
                                                        : "rounds/"
                                                                + e.roundSlug()
                                                                + "/events/"
                                                                + e.id(),
                                                e.summary() == null
                                                        ? "(no sentence)"
                                                        : e.summary())))
                .setHeader("What the source says")
                .setFlexGrow(1);

        EventFilters filters =
                new EventFilters(timeline.actorNames(), () -> grid.getDataProvider().refreshAll());
        grid.setItems(
                query ->
                        timeline
                                .events(filters.value(), query.getOffset(), query.getLimit())
                                .stream(),
                query -> (int) timeline.countEvents(filters.value()));
        page.add(title, lede, filters, grid);
        add(page);
    }
}
