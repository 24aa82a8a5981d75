package org.ceasefiretimeline.editor;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.dependency.CssImport;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.util.List;
import org.ceasefiretimeline.base.MainLayout;
import org.ceasefiretimeline.reader.TimelineService;
import org.ceasefiretimeline.reader.TimelineViews.RoundSummary;

/** Rename, merge and split rounds. */
@Route(value = "editor/rounds", layout = MainLayout.class)
@PageTitle("Rounds · Ceasefire Timeline")
@CssImport("./styles/timeline.css")
@RolesAllowed(EditorAccount.EDITOR)
class RoundsEditorView extends Main {

    private final TimelineService timeline;
    private final RoundEditing editing;
    private final Div page = new Div();

    RoundsEditorView(TimelineService timeline, RoundEditing editing) {
        this.timeline = timeline;
        this.editing = editing;
        page.addClassName("ct-page");
        add(page);
        render();
    }

    private void render() {
        page.removeAll();
        List<RoundSummary> rounds = timeline.rounds();
        page.add(new H1("Rounds"), new Anchor("editor", "Back to the queue"));

        page.add(new H2("Rename"));
        Select<RoundSummary> toRename = pick("Round", rounds);
        TextField name = new TextField("New name");
        name.setWidth("28em");
        toRename.addValueChangeListener(
                e -> name.setValue(e.getValue() == null ? "" : e.getValue().name()));
        page.add(
                row(
                        toRename,
                        name,
                        new Button(
                                "Rename",
                                click ->
                                        act(
                                                () ->
                                                        editing.rename(
                                                                required(toRename).slug(),
                                                                name.getValue()),
                                                "Renamed."))));

        page.add(new H2("Merge"));
        Select<RoundSummary> into = pick("Keep this round", rounds);
        Select<RoundSummary> from = pick("and move into it everything of", rounds);
        page.add(
                row(
                        into,
                        from,
                        new Button(
                                "Merge",
                                click ->
                                        act(
                                                () ->
                                                        editing.merge(
                                                                required(into).slug(),
                                                                required(from).slug()),
                                                "Merged."))));

        page.add(new H2("Split"));
        Select<RoundSummary> toSplit = pick("Round", rounds);
        DatePicker day = new DatePicker("Events from this day on form a new round");
        page.add(
                row(
                        toSplit,
                        day,
                        new Button(
                                "Split",
                                click ->
                                        act(
                                                () -> {
                                                    if (day.getValue() == null) {
                                                        throw new IllegalArgumentException(
                                                                "Choose the day the new round starts");
                                                    }
                                                    editing.split(
                                                            required(toSplit).slug(),
                                                            day.getValue());
                                                },
                                                "Split."))));
    }

    private void act(Runnable action, String done) {
        try {
            action.run();
            Notices.done(done);
            render();
        } catch (IllegalArgumentException invalid) {
            Notices.problem(invalid.getMessage());
        }
    }

    private static RoundSummary required(Select<RoundSummary> select) {
        if (select.getValue() == null) {
            throw new IllegalArgumentException("Choose a round");
        }
        return select.getValue();
    }

    private static Select<RoundSummary> pick(String label, List<RoundSummary> rounds) {
        Select<RoundSummary> select = new Select<>();
        select.setLabel(label);
        select.setItems(rounds);
        select.setItemLabelGenerator(RoundSummary::name);
        select.setWidth("24em");
        return select;
    }

    private static Div row(com.vaadin.flow.component.Component... parts) {
        Div row = new Div(parts);
        row.addClassName("ct-filters");
        return row;
    }
}
