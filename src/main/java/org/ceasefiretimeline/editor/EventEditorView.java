package org.ceasefiretimeline.editor;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.dependency.CssImport;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.component.timepicker.TimePicker;
import com.vaadin.flow.dom.Element;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.spring.security.AuthenticationContext;
import jakarta.annotation.security.RolesAllowed;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.ceasefiretimeline.base.AppDates;
import org.ceasefiretimeline.base.MainLayout;
import org.ceasefiretimeline.extract.EventType;
import org.ceasefiretimeline.extract.Precision;
import org.ceasefiretimeline.extract.Stance;
import org.ceasefiretimeline.reader.TimelineService;
import org.ceasefiretimeline.reader.TimelineViews.TermsView;
import org.ceasefiretimeline.timeline.EventTypes;

/**
 * Correct one event: the source sentences with the date phrase marked, the machine's anchor and
 * reason, a form for date, precision, type, stance, actors, answered proposal and round, a required
 * reason, and the event's history with a revert for each revision.
 */
@Route(value = "editor/events/:id(\\d+)", layout = MainLayout.class)
@PageTitle("Correct an event · Ceasefire Timeline")
@CssImport("./styles/timeline.css")
@RolesAllowed(EditorAccount.EDITOR)
class EventEditorView extends Main implements BeforeEnterObserver {

    private final TimelineService timeline;
    private final EventDetails details;
    private final CorrectionService corrections;
    private final AuthenticationContext auth;
    private final Div page = new Div();
    private final Paragraph conflict = new Paragraph();
    private long eventId;
    private EventDetail detail;

    EventEditorView(
            TimelineService timeline,
            EventDetails details,
            CorrectionService corrections,
            AuthenticationContext auth) {
        this.timeline = timeline;
        this.details = details;
        this.corrections = corrections;
        this.auth = auth;
        page.addClassName("ct-page");
        add(page);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        eventId = event.getRouteParameters().getLong("id").orElseThrow();
        load();
    }

    private void load() {
        detail =
                details.detail(eventId)
                        .orElseThrow(() -> new NotFoundException("No event " + eventId));
        render();
    }

    private void render() {
        page.removeAll();
        var e = detail.event();
        page.add(new H1("Correct an event"));
        Div links = new Div(new Anchor("editor", "Back to the queue"));
        if (e.roundSlug() != null) {
            links.add(
                    new Anchor(
                            "rounds/" + e.roundSlug() + "/events/" + e.id(),
                            "See it on the reader's page"));
        }
        links.addClassName("ct-meta");
        page.add(links);

        page.add(new H2("Sources"));
        for (EventDetail.Source s : detail.sources()) {
            Div source = new Div();
            source.addClassName("ct-source");
            source.getElement().appendChild(sentenceWithPhrase(s));
            source.add(
                    new Paragraph(
                            (s.publisher() == null ? s.file() : s.publisher())
                                    + (s.anchor() == null
                                            ? ""
                                            : " · resolved against " + s.anchor())
                                    + (s.phrase() == null
                                            ? ""
                                            : " · confidence "
                                                    + Math.round(s.confidence() * 100)
                                                    + "%")));
            Paragraph reason = new Paragraph("Why: " + s.reason());
            reason.addClassName("ct-reason");
            source.add(
                    reason,
                    new Anchor(
                            "editor/articles/" + s.articleId(), "Article and its publication day"));
            page.add(source);
        }

        page.add(new H2("Correction"));
        DatePicker day = AppDates.picker("Date");
        day.setId("edit-date");
        day.setValue(e.start() == null ? null : e.start().toLocalDate());
        TimePicker time = new TimePicker("Time (optional)");
        time.setId("edit-time");
        if (e.precision() == Precision.TIME && e.start() != null) {
            time.setValue(e.start().toLocalTime());
        }
        DatePicker endDay = AppDates.picker("End (spans)");
        endDay.setId("edit-end");
        endDay.setValue(e.end() == null ? null : e.end().toLocalDate());
        Select<Precision> precision =
                select(
                        "Precision",
                        "edit-precision",
                        Arrays.asList(Precision.values()),
                        e.precision());
        precision.setItemLabelGenerator(EventEditorView::words);
        Select<EventType> type =
                select("Type", "edit-type", Arrays.asList(EventType.values()), e.type());
        type.setItemLabelGenerator(EventTypes::label);
        Select<Stance> stance =
                select(
                        "Stance (responses)",
                        "edit-stance",
                        Arrays.asList(Stance.values()),
                        e.stance());
        stance.setEmptySelectionAllowed(true);
        stance.setEmptySelectionCaption("None");
        stance.setItemLabelGenerator(EventEditorView::words);
        MultiSelectComboBox<String> actors = new MultiSelectComboBox<>("Actors");
        actors.setId("edit-actors");
        actors.setItems(timeline.actorNames());
        actors.setValue(new HashSet<>(e.actors()));
        Select<EventDetail.Choice> answers =
                choice(
                        "Answers the proposal",
                        "edit-answers",
                        detail.proposals(),
                        detail.answersEventId() == null
                                ? null
                                : detail.answersEventId().toString());
        Select<EventDetail.Choice> round =
                choice("Round", "edit-round", detail.rounds(), e.roundSlug());
        TextField reason = new TextField("Reason for the change (required)");
        reason.setId("edit-reason");
        reason.setRequiredIndicatorVisible(true);
        reason.setWidthFull();

        Button save =
                new Button(
                        "Save correction",
                        click -> {
                            if (day.isInvalid() || endDay.isInvalid() || time.isInvalid()) {
                                // an unreadable day leaves the picker empty: saving would undate
                                // the event
                                Notices.problem(
                                        "A date or time in the form cannot be read: write days as"
                                                + " 8 Feb 2024. Nothing was saved.");
                                return;
                            }
                            save(
                                    CorrectionForm.correction(
                                            e,
                                            detail.answersEventId(),
                                            new CorrectionForm.Values(
                                                    day.getValue(),
                                                    time.getValue(),
                                                    endDay.getValue(),
                                                    precision.getValue(),
                                                    type.getValue(),
                                                    stance.getValue(),
                                                    Set.copyOf(actors.getValue()),
                                                    answers.getOptionalValue()
                                                            .map(c -> Long.valueOf(c.key()))
                                                            .orElse(null),
                                                    round.getOptionalValue()
                                                            .map(EventDetail.Choice::key)
                                                            .orElse(null))),
                                    reason.getValue());
                        });
        save.setId("save-correction");
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        Button verify =
                new Button(
                        e.verified() ? "Verified" : "Mark verified",
                        click -> {
                            corrections.verify(List.of(eventId), user());
                            Notices.done("Marked verified.");
                            load();
                        });
        verify.setEnabled(!e.verified());
        Div form = new Div(day, time, endDay, precision, type, stance, actors, answers, round);
        form.addClassName("ct-filters");
        // above the form, in the page's flow: a notice over the form hid what it is about
        conflict.setId("edit-conflict");
        conflict.addClassName("ct-notice");
        conflict.getElement().setAttribute("role", "alert");
        conflict.setVisible(false);
        page.add(conflict, form, reason, new Div(save, verify));

        if (e.terms() != null) {
            page.add(termsForm(e.terms()));
        }

        page.add(new H2("History"));
        Grid<HistoryEntry> history = new Grid<>();
        history.setId("history");
        history.setAllRowsVisible(true);
        // long changes wrap instead of being cut ("date: 2…"), and the revert column keeps its room
        history.addThemeVariants(GridVariant.LUMO_WRAP_CELL_CONTENT);
        history.addColumn(h -> AppDates.moment(h.at()))
                .setHeader("When")
                .setWidth("9em")
                .setFlexGrow(0);
        history.addColumn(h -> h.editor() == null ? "import" : h.editor())
                .setHeader("Who")
                .setAutoWidth(true)
                .setFlexGrow(0);
        history.addColumn(HistoryEntry::reason).setHeader("Why").setFlexGrow(1);
        history.addColumn(h -> String.join("; ", h.changes()))
                .setHeader("Before → after")
                .setFlexGrow(2);
        history.addComponentColumn(
                        h -> {
                            Button revert =
                                    new Button(
                                            "Revert to this",
                                            click -> revert(h.revision(), reason.getValue()));
                            revert.addThemeVariants(
                                    ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_TERTIARY);
                            revert.getElement()
                                    .setAttribute(
                                            "aria-label", "Revert to revision " + h.revision());
                            revert.addClassName("revert");
                            return revert;
                        })
                .setHeader("Revert")
                .setWidth("9.5em")
                .setFlexGrow(0);
        history.setItems(corrections.history(eventId));
        page.add(history);
    }

    private Div termsForm(TermsView terms) {
        TextField truce = field("Truce", "terms-truce", terms.truce());
        TextField stages = field("Stages", "terms-stages", terms.stages());
        TextField hostages = field("Hostages", "terms-hostages", terms.hostages());
        TextField prisoners = field("Prisoners", "terms-prisoners", terms.prisoners());
        TextField reason = field("Reason (required)", "terms-reason", "");
        Button save =
                new Button(
                        "Save terms",
                        click -> {
                            try {
                                corrections.editTerms(
                                        eventId,
                                        new TermsView(
                                                truce.getValue(),
                                                stages.getValue(),
                                                hostages.getValue(),
                                                prisoners.getValue()),
                                        reason.getValue(),
                                        user());
                                Notices.done("Terms saved.");
                                load();
                            } catch (IllegalArgumentException invalid) {
                                Notices.problem(invalid.getMessage());
                            }
                        });
        Div fields = new Div(truce, stages, hostages, prisoners, reason);
        fields.addClassName("ct-filters");
        return new Div(new H2("Terms of the proposal"), fields, save);
    }

    private static TextField field(String label, String id, String value) {
        TextField field = new TextField(label);
        field.setId(id);
        field.setValue(value == null ? "" : value);
        return field;
    }

    private void save(EventCorrection correction, String reason) {
        try {
            corrections.correct(eventId, detail.version(), correction, reason, user());
            Notices.done("Saved.");
            load();
        } catch (EditConflictException e) {
            conflict.setText(e.getMessage());
            conflict.setVisible(true);
            conflict.getElement().executeJs("this.scrollIntoView({block: 'center'})");
        } catch (IllegalArgumentException invalid) {
            Notices.problem(invalid.getMessage());
        }
    }

    private void revert(int revision, String reason) {
        try {
            corrections.revert(eventId, revision, reason, user());
            Notices.done("Reverted to revision " + revision + ".");
            load();
        } catch (IllegalArgumentException | EditConflictException problem) {
            Notices.problem(problem.getMessage());
        }
    }

    private String user() {
        return auth.getPrincipalName().orElse("editor");
    }

    /**
     * The sentence as text, with the date phrase in a mark element: no HTML from the article is
     * interpreted.
     */
    private static Element sentenceWithPhrase(EventDetail.Source s) {
        Element quote = new Element("blockquote");
        if (s.phrase() == null || s.phraseAt() < 0) {
            quote.setText(s.sentence());
            return quote;
        }
        quote.appendChild(Element.createText(s.sentence().substring(0, s.phraseAt())));
        quote.appendChild(new Element("mark").setText(s.phrase()));
        quote.appendChild(
                Element.createText(s.sentence().substring(s.phraseAt() + s.phrase().length())));
        return quote;
    }

    /** "PART_OF_DAY" as "Part of day". */
    private static String words(Enum<?> value) {
        if (value == null) {
            return "None";
        }
        String text = value.name().toLowerCase(Locale.ROOT).replace('_', ' ');
        return Character.toUpperCase(text.charAt(0)) + text.substring(1);
    }

    private static <T> Select<T> select(String label, String id, List<T> items, T value) {
        Select<T> select = new Select<>();
        select.setLabel(label);
        select.setId(id);
        select.setItems(items);
        select.setValue(value);
        return select;
    }

    private static Select<EventDetail.Choice> choice(
            String label, String id, List<EventDetail.Choice> items, String key) {
        Select<EventDetail.Choice> select = new Select<>();
        select.setLabel(label);
        select.setId(id);
        select.setItems(items);
        select.setItemLabelGenerator(c -> c == null ? "None" : c.label());
        select.setEmptySelectionAllowed(true);
        select.setEmptySelectionCaption("None");
        Optional<EventDetail.Choice> current =
                items.stream().filter(c -> c.key().equals(key)).findFirst();
        current.ifPresent(select::setValue);
        return select;
    }
}
