package org.ceasefiretimeline.base;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;

/**
 * A page that always fails, registered only in tests, to see what a reader gets when a page breaks.
 */
@Route(value = "test/failing-page", layout = MainLayout.class)
@AnonymousAllowed
class FailingView extends Div implements BeforeEnterObserver {

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        throw new IllegalStateException(
                "failing on purpose in org.ceasefiretimeline.base.FailingView");
    }
}
