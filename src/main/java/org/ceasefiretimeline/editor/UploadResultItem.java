package org.ceasefiretimeline.editor;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Span;
import org.ceasefiretimeline.importing.UploadResult;

/**
 * One file's line in the results: its name, whether it was added, known already or refused (and
 * why), how many events its article gave, and a link to the article's page.
 */
class UploadResultItem extends ListItem {

    UploadResultItem(UploadResult r) {
        addClassName("ct-upload-result");
        getElement().setAttribute("data-outcome", r.outcome().name());
        Span name = new Span(r.fileName());
        name.addClassName("ct-file");
        add(name, new Span(": " + describe(r)));
        if (r.articleId() != null) {
            add(new Span(" · "), new Anchor("editor/articles/" + r.articleId(), "article page"));
        }
    }

    /** A file refused before it reached the server: too big, or not a text file. */
    UploadResultItem(String fileName, String reason) {
        this(UploadResult.refused(fileName, reason));
    }

    static String describe(UploadResult r) {
        String problems =
                r.problems().isEmpty()
                        ? ""
                        : " — "
                                + String.join(
                                        "; ",
                                        r.problems().stream()
                                                .map(p -> withoutName(r.fileName(), p))
                                                .toList());
        return switch (r.outcome()) {
            case ADDED -> "added, " + events(r.events()) + problems;
            case ALREADY_IMPORTED -> "already imported, " + events(r.events()) + problems;
            case REFUSED -> "refused" + problems;
        };
    }

    /** The line already starts with the file's name. */
    private static String withoutName(String fileName, String problem) {
        return problem.startsWith(fileName + ": ")
                ? problem.substring(fileName.length() + 2)
                : problem;
    }

    private static String events(int n) {
        return n == 1 ? "1 event" : n + " events";
    }
}
