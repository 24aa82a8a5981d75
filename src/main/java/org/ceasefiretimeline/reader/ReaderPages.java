package org.ceasefiretimeline.reader;

import com.vaadin.flow.router.RouteParameters;
import org.ceasefiretimeline.base.PageExistence;
import org.springframework.stereotype.Component;

/** A round's page exists when its round does (its deep links to events included). */
@Component
class ReaderPages implements PageExistence {

    private final TimelineService timeline;

    ReaderPages(TimelineService timeline) {
        this.timeline = timeline;
    }

    @Override
    public boolean exists(
            Class<? extends com.vaadin.flow.component.Component> view, RouteParameters parameters) {
        return view != RoundView.class
                || parameters.get("slug").map(timeline::roundExists).orElse(false);
    }
}
