package org.ceasefiretimeline.editor;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.dependency.CssImport;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.DescriptionList;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.spring.security.AuthenticationContext;
import jakarta.annotation.security.RolesAllowed;
import org.ceasefiretimeline.base.MainLayout;

/** An article's metadata, and the fix for a wrong or unknown publication day. */
@Route(value = "editor/articles/:id(\\d+)", layout = MainLayout.class)
@PageTitle("Article · Ceasefire Timeline")
@CssImport("./styles/timeline.css")
@RolesAllowed(EditorAccount.EDITOR)
class ArticleEditorView extends Main implements BeforeEnterObserver {

    private final EventDetails details;
    private final CorrectionService corrections;
    private final AuthenticationContext auth;
    private final Div page = new Div();

    ArticleEditorView(
            EventDetails details, CorrectionService corrections, AuthenticationContext auth) {
        this.details = details;
        this.corrections = corrections;
        this.auth = auth;
        page.addClassName("ct-page");
        add(page);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        show(event.getRouteParameters().getLong("id").orElseThrow());
    }

    private void show(long id) {
        var article =
                details.article(id).orElseThrow(() -> new NotFoundException("No article " + id));
        page.removeAll();
        page.add(
                new H1(article.title() == null ? article.file() : article.title()),
                new Anchor("editor", "Back to the queue"));
        DescriptionList facts = new DescriptionList();
        facts.addClassName("ct-meta");
        fact(facts, "File", article.file());
        fact(facts, "Publisher", article.publisher() == null ? "unknown" : article.publisher());
        fact(
                facts,
                "Published",
                (article.published() == null ? "unknown" : article.published().toString())
                        + " ("
                        + article.publishedSource()
                        + (article.evidence() == null ? "" : ": " + article.evidence())
                        + ")");
        if (article.problems() != null) {
            fact(facts, "Problems", article.problems());
        }
        page.add(facts);

        page.add(new H2("Publication day"));
        DatePicker day = new DatePicker("Publication day");
        day.setId("publication-day");
        day.setValue(article.published());
        TextField reason = new TextField("Reason (required)");
        reason.setId("publication-reason");
        reason.setWidthFull();
        Button save =
                new Button(
                        "Set the day and re-resolve its dates",
                        click -> {
                            if (day.getValue() == null) {
                                Notices.problem("Choose a day.");
                                return;
                            }
                            try {
                                int moved =
                                        corrections.correctPublicationDay(
                                                id,
                                                day.getValue(),
                                                reason.getValue(),
                                                auth.getPrincipalName().orElse("editor"));
                                show(id);
                                Notices.done(
                                        "Saved: "
                                                + moved
                                                + " event(s) moved or placed in a round; corrected events were left as they were.");
                            } catch (IllegalArgumentException invalid) {
                                Notices.problem(invalid.getMessage());
                            }
                        });
        save.setId("save-publication-day");
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        page.add(new Div(day, reason), save);
    }

    private static void fact(DescriptionList list, String term, String value) {
        list.add(new Div(new DescriptionList.Term(term), new DescriptionList.Description(value)));
    }
}
