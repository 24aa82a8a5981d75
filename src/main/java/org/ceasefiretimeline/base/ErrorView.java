package org.ceasefiretimeline.base;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.ErrorParameter;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.HasErrorParameter;
import com.vaadin.flow.router.ParentLayout;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import jakarta.servlet.http.HttpServletResponse;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A page that failed: HTTP 500 and a plain apology with a way home; the details go to the log,
 * never the page.
 */
@ParentLayout(MainLayout.class)
@AnonymousAllowed
public class ErrorView extends Main implements HasErrorParameter<Exception>, HasDynamicTitle {

    private static final Logger LOG = LoggerFactory.getLogger(ErrorView.class);

    /**
     * The router sets it after the view: a title set in the view itself was blanked, and the page
     * had no title (axe: document-title), as the 404 page had.
     */
    @Override
    public String getPageTitle() {
        return "Something went wrong · " + AppShell.TITLE;
    }

    @Override
    public int setErrorParameter(BeforeEnterEvent event, ErrorParameter<Exception> parameter) {
        LOG.error(
                "Could not show /{}",
                event.getLocation().getPath(),
                parameter.getCaughtException());
        removeAll();
        addClassName("ct-page");
        setId("error-page");
        add(
                new H1("Something went wrong"),
                new Paragraph("This page could not be shown. Try again in a moment."),
                new Anchor(".", "Go to the rounds of talks"));
        return HttpServletResponse.SC_INTERNAL_SERVER_ERROR;
    }
}
