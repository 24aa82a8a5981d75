package org.ceasefiretimeline.editor;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.datepicker.DatePicker;
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
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.spring.security.AuthenticationContext;
import jakarta.annotation.security.RolesAllowed;
import java.util.List;
import java.util.Optional;
import org.ceasefiretimeline.base.AppDates;
import org.ceasefiretimeline.base.MainLayout;
import org.ceasefiretimeline.reader.TimelineService;
import org.ceasefiretimeline.reader.TimelineViews.RoundSummary;
import org.ceasefiretimeline.timeline.RoundMerge;

/**
 * The rounds with their spans: choose one, then rename it, merge it into another (after a
 * confirmation, with a reason) or split it at a day. The merge history below lists each merge with
 * its reason and undoes it.
 */
@Route(value = "editor/rounds", layout = MainLayout.class)
@PageTitle("Rounds · Ceasefire Timeline")
@CssImport("./styles/timeline.css")
@RolesAllowed(EditorAccount.EDITOR)
class RoundsEditorView extends Main {

    private final TimelineService timeline;
    private final RoundEditing editing;
    private final AuthenticationContext auth;
    private final Div page = new Div();
    private final Div actions = new Div();
    private String chosen;

    RoundsEditorView(TimelineService timeline, RoundEditing editing, AuthenticationContext auth) {
        this.timeline = timeline;
        this.editing = editing;
        this.auth = auth;
        page.addClassName("ct-page");
        actions.setId("round-actions");
        add(page);
        render();
    }

    private void render() {
        page.removeAll();
        List<RoundSummary> rounds = timeline.rounds();
        page.add(new H1("Rounds"), new Anchor("editor", "Back to the queue"));

        UnorderedList list = new UnorderedList();
        list.setId("round-choice");
        list.addClassName("ct-round-choice");
        list.getElement().setAttribute("aria-label", "Rounds");
        for (RoundSummary r : rounds) {
            boolean isChosen = r.slug().equals(chosen);
            Button choose =
                    new Button(
                            isChosen ? "Chosen" : "Choose",
                            click -> {
                                chosen = r.slug();
                                render();
                            });
            choose.addClassName("choose-round");
            choose.getElement().setAttribute("aria-pressed", Boolean.toString(isChosen));
            choose.getElement().setAttribute("aria-label", "Choose " + r.name());
            if (isChosen) {
                choose.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
            }
            ListItem item = new ListItem(describe(r), choose);
            item.addClassName("ct-round-row");
            list.add(item);
        }
        page.add(new H2("Choose a round"), list, actions);
        showActions(rounds);
        page.add(history(rounds));
    }

    private static Component describe(RoundSummary r) {
        Span name = new Span(r.name());
        name.addClassName("ct-round-name");
        Span facts =
                new Span(
                        span(r)
                                + " · "
                                + r.events()
                                + (r.events() == 1 ? " event" : " events")
                                + " · "
                                + r.slug());
        facts.addClassName("ct-phrase");
        Div text = new Div(name, facts);
        text.addClassName("ct-choice");
        return text;
    }

    private static String span(RoundSummary r) {
        if (r.startDay() == null) {
            return "dates unknown";
        }
        return AppDates.day(r.startDay())
                + (r.endDay() == null || r.endDay().equals(r.startDay())
                        ? ""
                        : " – " + AppDates.day(r.endDay()));
    }

    private void showActions(List<RoundSummary> rounds) {
        actions.removeAll();
        Optional<RoundSummary> round =
                rounds.stream().filter(r -> r.slug().equals(chosen)).findFirst();
        if (round.isEmpty()) {
            actions.add(empty("Choose a round above to rename, merge or split it."));
            return;
        }
        RoundSummary r = round.get();
        Section section = new Section(new H2(r.name()));
        section.getElement().setAttribute("aria-label", "What to do with " + r.name());

        TextField name = new TextField("New name");
        name.setId("rename-name");
        name.setValue(r.name());
        Button rename =
                new Button(
                        "Rename",
                        click -> act(() -> editing.rename(r.slug(), name.getValue()), "Renamed."));
        rename.setId("rename");
        section.add(new H3("Rename"), row(name, rename));

        Select<RoundSummary> into = new Select<>();
        into.setId("merge-into");
        into.setLabel("Merge it into");
        into.setItems(rounds.stream().filter(o -> !o.slug().equals(r.slug())).toList());
        into.setItemLabelGenerator(o -> o.name() + " (" + span(o) + ")");
        TextField reason = new TextField("Reason (required)");
        reason.setId("merge-reason");
        Div confirmation = new Div();
        confirmation.setId("merge-confirmation");
        Button merge =
                new Button(
                        "Merge…",
                        click -> confirmMerge(r, into.getValue(), reason.getValue(), confirmation));
        merge.setId("merge");
        section.add(new H3("Merge into another round"), row(into, reason, merge), confirmation);

        DatePicker day = AppDates.picker("Events from this day on form a new round");
        day.setId("split-day");
        day.setMin(r.startDay());
        day.setMax(r.endDay());
        Button split =
                new Button(
                        "Split",
                        click ->
                                act(
                                        () -> {
                                            if (day.getValue() == null) {
                                                throw new IllegalArgumentException(
                                                        "Choose the day the new round starts");
                                            }
                                            chosen = editing.split(r.slug(), day.getValue());
                                        },
                                        "Split: the later events form a round of their own."));
        split.setId("split");
        section.add(new H3("Split"), row(day, split));
        actions.add(section);
    }

    /** Says what the merge will do, and does it only when confirmed. */
    private void confirmMerge(
            RoundSummary from, RoundSummary into, String reason, Div confirmation) {
        confirmation.removeAll();
        if (into == null) {
            Notices.problem("Choose the round to merge it into.");
            return;
        }
        if (reason == null || reason.isBlank()) {
            Notices.problem("Give a short reason for the merge.");
            return;
        }
        Paragraph what =
                new Paragraph(
                        "Merge “"
                                + from.name()
                                + "” into “"
                                + into.name()
                                + "”? Its "
                                + from.events()
                                + " events and its articles move there, and its address leads"
                                + " there. The merge can be undone from the history below.");
        what.getElement().setAttribute("role", "alert");
        Button confirm =
                new Button(
                        "Confirm the merge",
                        click ->
                                act(
                                        () -> {
                                            editing.merge(into.slug(), from.slug(), reason, user());
                                            chosen = into.slug();
                                        },
                                        "Merged into “" + into.name() + "”."));
        confirm.setId("confirm-merge");
        confirm.addThemeVariants(ButtonVariant.LUMO_PRIMARY, ButtonVariant.LUMO_ERROR);
        Button cancel = new Button("Cancel", click -> confirmation.removeAll());
        Div box = new Div(what, new Div(confirm, cancel));
        box.addClassName("ct-confirm");
        confirmation.add(box);
        confirm.focus();
    }

    private Section history(List<RoundSummary> rounds) {
        Section section = new Section(new H2("Merge history"));
        List<RoundMerge> merges = editing.merges();
        if (merges.isEmpty()) {
            section.add(empty("No round has been merged."));
            return section;
        }
        UnorderedList list = new UnorderedList();
        list.setId("merge-history");
        list.addClassName("ct-history");
        for (RoundMerge m : merges) {
            ListItem item = new ListItem();
            item.add(
                    new Paragraph(
                            AppDates.moment(m.getMergedAt())
                                    + " · "
                                    + m.getEditor()
                                    + ": “"
                                    + m.getMergedName()
                                    + "” merged into “"
                                    + rounds.stream()
                                            .filter(r -> r.slug().equals(m.getKeptSlug()))
                                            .map(RoundSummary::name)
                                            .findFirst()
                                            .orElse(m.getKeptSlug())
                                    + "”"
                                    + ", because: "
                                    + m.getReason()));
            if (m.isUndone()) {
                item.add(new Span("Undone " + AppDates.moment(m.getUndoneAt())));
            } else {
                Button undo =
                        new Button(
                                "Undo this merge",
                                click ->
                                        act(
                                                () ->
                                                        chosen =
                                                                editing.undoMerge(m.getId(), user())
                                                                        .getSlug(),
                                                "Merge undone: “"
                                                        + m.getMergedName()
                                                        + "” is a round again."));
                undo.addClassName("undo-merge");
                undo.getElement()
                        .setAttribute("aria-label", "Undo the merge of " + m.getMergedName());
                item.add(undo);
            }
            list.add(item);
        }
        section.add(list);
        return section;
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

    private String user() {
        return auth.getPrincipalName().orElse("editor");
    }

    private static Div row(Component... parts) {
        Div row = new Div(parts);
        row.addClassName("ct-filters");
        return row;
    }

    private static Paragraph empty(String text) {
        Paragraph p = new Paragraph(text);
        p.addClassName("ct-empty");
        return p;
    }
}
