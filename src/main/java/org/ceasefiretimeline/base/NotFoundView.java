package org.ceasefiretimeline.base;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.ErrorParameter;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.HasErrorParameter;
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.router.ParentLayout;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import jakarta.servlet.http.HttpServletResponse;

/**
 * Any path with no page (no route, an unknown round or event): HTTP 404 in the site's frame with a
 * way home, never Vaadin's list of routes. The page load itself gets its 404 from {@link
 * PageStatusFilter}.
 */
@ParentLayout(MainLayout.class)
@AnonymousAllowed
public class NotFoundView extends Main
        implements HasErrorParameter<NotFoundException>, HasDynamicTitle {

    /** The router sets it after the view, so a title set in the view itself was blanked. */
    @Override
    public String getPageTitle() {
        return "Page not found · " + AppShell.TITLE;
    }

    @Override
    public int setErrorParameter(
            BeforeEnterEvent event, ErrorParameter<NotFoundException> parameter) {
        removeAll();
        addClassName("ct-page");
        setId("not-found");
        add(
                new H1("Page not found"),
                new Paragraph(
                        "There is no page at /"
                                + event.getLocation().getPath()
                                + ". It may have moved, or the"
                                + " link may be mistyped."),
                new Anchor(".", "Go to the rounds of talks"));
        return HttpServletResponse.SC_NOT_FOUND;
    }
}
