package org.ceasefiretimeline.editor;

import com.vaadin.flow.component.AttachEvent;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.Key;
import com.vaadin.flow.component.KeyModifier;
import com.vaadin.flow.component.Shortcuts;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.dependency.CssImport;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.data.renderer.ComponentRenderer;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.spring.security.AuthenticationContext;
import jakarta.annotation.security.RolesAllowed;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.ceasefiretimeline.base.MainLayout;
import org.ceasefiretimeline.editor.ReviewQueue.Item;

/**
 * The editors' start page: what most needs a human, with counts. Keyboard: arrows move through the
 * list, Space on a row's box marks it, Enter opens the event, Alt+V verifies the marked events.
 */
@Route(value = "editor", layout = MainLayout.class)
@PageTitle("Review queue · Ceasefire Timeline")
@CssImport("./styles/timeline.css")
@RolesAllowed(EditorAccount.EDITOR)
class ReviewQueueView extends Main {

    /** Below this window width (CSS pixels) each event is one card instead of three columns. */
    static final int CARDS_BELOW = 720;

    private final ReviewQueue queue;
    private final CorrectionService corrections;
    private final AuthenticationContext auth;
    private final Div page = new Div();
    private List<Grid.Column<Item>> columns = List.of();
    private Grid.Column<Item> cards;
    private boolean narrow;

    ReviewQueueView(ReviewQueue queue, CorrectionService corrections, AuthenticationContext auth) {
        this.queue = queue;
        this.corrections = corrections;
        this.auth = auth;
        page.addClassName("ct-page");
        add(page);
        render();
    }

    private void render() {
        page.removeAll();
        ReviewQueue.Queue current = queue.current();
        H1 title = new H1("Review queue");
        Button logout = new Button("Log out", e -> auth.logout());
        logout.setId("logout");
        logout.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        Div actions =
                new Div(
                        new Anchor("editor/articles/new", "Add articles"),
                        new Anchor("editor/rounds", "Rounds"),
                        new Anchor("editor/account", "Your account"),
                        logout);
        actions.addClassName("ct-meta");
        page.add(title, actions);

        page.add(
                new H2(
                        "Articles with an unknown publication day ("
                                + current.unknownDays().size()
                                + ")"));
        if (current.unknownDays().isEmpty()) {
            page.add(empty("None: every article has a publication day."));
        } else {
            UnorderedList list = new UnorderedList();
            current.unknownDays()
                    .forEach(
                            a ->
                                    list.add(
                                            new ListItem(
                                                    new Anchor(
                                                            "editor/articles/" + a.articleId(),
                                                            (a.title() == null
                                                                            ? a.file()
                                                                            : a.title())
                                                                    + " — set its publication day"))));
            page.add(list);
        }

        Paragraph counts = new Paragraph();
        counts.setId("queue-counts");
        counts.setText(
                Arrays.stream(ReviewQueue.Why.values())
                        .map(w -> w.label + ": " + current.count(w))
                        .reduce((a, b) -> a + " · " + b)
                        .orElse(""));
        page.add(new H2("Events to check (" + current.events().size() + ")"), counts);

        Grid<Item> grid = new Grid<>();
        grid.setId("queue");
        grid.addThemeVariants(GridVariant.LUMO_WRAP_CELL_CONTENT);
        // Rows are marked with labelled checkboxes of our own: the grid's multi-selection column
        // puts its "Select Row" label where screen readers and axe do not find it (Vaadin 24).
        Set<Item> marked = new LinkedHashSet<>();
        Checkbox markAll = new Checkbox();
        markAll.setId("mark-all");
        markAll.setAriaLabel("Mark every event to verify");
        markAll.addValueChangeListener(
                e -> {
                    if (e.getValue()) {
                        marked.addAll(current.events());
                    } else {
                        marked.clear();
                    }
                    grid.getDataProvider().refreshAll();
                });
        grid.addComponentColumn(item -> markBox(item, marked))
                .setHeader(markAll)
                .setWidth("4.5em")
                .setFlexGrow(0);
        columns =
                List.of(
                        grid.addColumn(i -> i.why().label)
                                .setHeader("Why")
                                .setAutoWidth(true)
                                .setFlexGrow(0),
                        grid.addColumn(Item::detail)
                                .setHeader("Detail")
                                .setAutoWidth(true)
                                .setFlexGrow(0),
                        grid.addColumn(Item::summary).setHeader("Sentence").setFlexGrow(1));
        cards =
                grid.addColumn(new ComponentRenderer<>(ReviewQueueView::card))
                        .setHeader("Events")
                        .setFlexGrow(1);
        showColumns();
        grid.setItems(current.events());
        grid.setAllRowsVisible(current.events().size() < 30);
        grid.addItemDoubleClickListener(e -> open(e.getItem()));
        Shortcuts.addShortcutListener(
                        grid,
                        () -> grid.getSelectedItems().stream().findFirst().ifPresent(this::open),
                        Key.ENTER)
                .listenOn(grid);

        Button verify = new Button("Verify marked (Alt+V)", e -> verify(List.copyOf(marked)));
        verify.setId("verify-selected");
        verify.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        verify.addClickShortcut(Key.KEY_V, KeyModifier.ALT);
        Paragraph help =
                new Paragraph(
                        "Arrows move through the list, Space on a row's box marks it, Enter opens"
                                + " the row, Alt+V verifies the marked ones.");
        help.addClassName("ct-lede");
        page.add(help, verify, grid);
    }

    @Override
    protected void onAttach(AttachEvent attach) {
        var window = attach.getUI().getPage();
        window.retrieveExtendedClientDetails(d -> fit(d.getWindowInnerWidth()));
        window.addBrowserWindowResizeListener(e -> fit(e.getWidth()));
    }

    /** Columns on a wide screen; on a phone the columns would scroll sideways in the grid. */
    private void fit(int width) {
        narrow = width < CARDS_BELOW;
        showColumns();
    }

    private void showColumns() {
        columns.forEach(c -> c.setVisible(!narrow));
        cards.setVisible(narrow);
    }

    private static Component card(Item item) {
        Span why = new Span(item.why().label);
        why.addClassName("ct-badge");
        Div card = new Div(why, new Div(item.detail()), new Div(item.summary()));
        card.addClassName("ct-row-card");
        card.addClassName("ct-queue-card");
        return card;
    }

    private static Checkbox markBox(Item item, Set<Item> marked) {
        Checkbox box = new Checkbox(marked.contains(item));
        box.addClassName("mark-event");
        box.setAriaLabel("Mark to verify: " + item.why().label + ", " + item.summary());
        box.addValueChangeListener(
                e -> {
                    if (e.getValue()) {
                        marked.add(item);
                    } else {
                        marked.remove(item);
                    }
                });
        return box;
    }

    private void open(Item item) {
        getUI().ifPresent(ui -> ui.navigate("editor/events/" + item.eventId()));
    }

    private void verify(List<Item> items) {
        if (items.isEmpty()) {
            Notices.problem("Mark events first (Space on a row's box).");
            return;
        }
        int count =
                corrections.verify(
                        items.stream().map(Item::eventId).distinct().toList(),
                        auth.getPrincipalName().orElse("editor"));
        Notices.done(count + " event(s) verified.");
        render();
    }

    private static Paragraph empty(String text) {
        Paragraph p = new Paragraph(text);
        p.addClassName("ct-empty");
        return p;
    }
}
