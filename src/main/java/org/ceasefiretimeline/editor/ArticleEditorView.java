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
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.dom.Element;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.spring.security.AuthenticationContext;
import jakarta.annotation.security.RolesAllowed;
import java.util.Locale;
import org.ceasefiretimeline.base.AppDates;
import org.ceasefiretimeline.base.MainLayout;
import org.ceasefiretimeline.ingest.BlockKind;

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
                (article.published() == null ? "unknown" : AppDates.day(article.published()))
                        + " ("
                        + article.publishedSource()
                        + (article.evidence() == null ? "" : ": " + article.evidence())
                        + ")");
        if (article.problems() != null) {
            fact(facts, "Problems", article.problems());
        }
        page.add(facts);

        page.add(new H2("Publication day"));
        DatePicker day = AppDates.picker("Publication day");
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
        Div fields = new Div(day, reason);
        fields.addClassName("ct-filters");
        page.add(fields, save);
        details.articleText(id).ifPresent(text -> page.add(textSection(text)));
    }

    /**
     * The article as imported, each date phrase marked; a phrase that dates an event links to it.
     * Text is set as text, never as HTML.
     */
    private static Section textSection(ArticleText text) {
        Section section = new Section(new H2("Text, with its dates"));
        section.setId("article-text");
        Paragraph legend =
                new Paragraph(
                        "Marked: the date phrases read from the text; a linked one dates an event.");
        legend.addClassName("ct-lede");
        section.add(legend);
        for (ArticleText.MarkedBlock block : text.blocks()) {
            Element p = new Element(block.kind() == BlockKind.HEADLINE ? "h3" : "p");
            p.getClassList().add("ct-block-" + block.kind().name().toLowerCase(Locale.ROOT));
            for (ArticleText.Piece piece : block.pieces()) {
                p.appendChild(
                        piece.isDate() ? datePhrase(piece) : Element.createText(piece.text()));
            }
            section.getElement().appendChild(p);
        }
        return section;
    }

    private static Element datePhrase(ArticleText.Piece piece) {
        var m = piece.mention();
        String resolved =
                m.getStart() == null
                        ? "not resolved"
                        : "read as " + AppDates.day(m.getStart().toLocalDate());
        Element mark = new Element("mark").setText(piece.text());
        mark.setAttribute("title", resolved);
        if (piece.eventId() == null) {
            return mark;
        }
        Element link = new Element("a");
        link.setAttribute("href", "editor/events/" + piece.eventId());
        link.setAttribute("aria-label", piece.text() + ", " + resolved + ": its event");
        link.appendChild(mark);
        return link;
    }

    private static void fact(DescriptionList list, String term, String value) {
        list.add(new Div(new DescriptionList.Term(term), new DescriptionList.Description(value)));
    }
}
