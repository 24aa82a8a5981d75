package org.ceasefiretimeline.base;

import com.vaadin.flow.component.applayout.AppLayout;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Nav;
import com.vaadin.flow.component.html.Span;

/** The frame around every view: the app's name and the main navigation. */
public class MainLayout extends AppLayout {

    public MainLayout() {
        Anchor home = new Anchor(".", new Span(AppShell.TITLE));
        home.setId("app-title");
        home.getStyle()
                .set("text-decoration", "none")
                .set("font-size", "var(--lumo-font-size-l)")
                .set("font-weight", "600")
                .set("color", "var(--lumo-header-text-color)")
                .set("margin-inline", "var(--lumo-space-m)");
        Nav nav =
                new Nav(
                        link("", "Rounds"),
                        link("events", "All events"),
                        link("editor", "Editors"));
        nav.getElement().setAttribute("aria-label", "Main");
        nav.getStyle()
                .set("display", "flex")
                .set("flex-wrap", "wrap")
                .set("gap", "var(--lumo-space-m)")
                .set("margin-inline", "var(--lumo-space-m)");
        addToNavbar(home, nav);
    }

    private static Anchor link(String href, String text) {
        Anchor link = new Anchor(href, text);
        link.getStyle().set("font-size", "var(--lumo-font-size-s)");
        return link;
    }
}
