package org.ceasefiretimeline.base;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.router.RouteParameters;

/**
 * A feature's answer to "is there a page here?" for its own views, such as a round's view for a
 * slug no round has. {@link PageStatusFilter} asks each one before the page is served.
 */
public interface PageExistence {

    /**
     * @return false when {@code view} would show "not found" for these parameters
     */
    boolean exists(Class<? extends Component> view, RouteParameters parameters);
}
