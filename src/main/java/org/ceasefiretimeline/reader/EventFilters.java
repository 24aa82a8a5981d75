package org.ceasefiretimeline.reader;

import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.value.ValueChangeMode;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import org.ceasefiretimeline.extract.EventType;
import org.ceasefiretimeline.reader.TimelineViews.EventFilter;
import org.ceasefiretimeline.timeline.EventTypes;

/** The reader's filters: actors, event types and words, each labelled for screen readers. */
class EventFilters extends Div {

    private final MultiSelectComboBox<String> actors = new MultiSelectComboBox<>("Actors");
    private final MultiSelectComboBox<EventType> types = new MultiSelectComboBox<>("Event types");
    private final TextField text = new TextField("Search the sentences");

    EventFilters(Collection<String> actorNames, Runnable onChange) {
        addClassName("ct-filters");
        getElement().setAttribute("role", "search");
        actors.setId("filter-actors");
        actors.setItems(actorNames.stream().sorted().toList());
        actors.setPlaceholder("All actors");
        types.setId("filter-types");
        types.setItems(Arrays.asList(EventType.values()));
        types.setItemLabelGenerator(EventTypes::label);
        types.setPlaceholder("All types");
        text.setId("filter-text");
        text.setClearButtonVisible(true);
        text.setPlaceholder("e.g. yearlong, Rafah");
        text.setValueChangeMode(ValueChangeMode.LAZY);
        actors.addValueChangeListener(e -> onChange.run());
        types.addValueChangeListener(e -> onChange.run());
        text.addValueChangeListener(e -> onChange.run());
        add(actors, types, text);
    }

    EventFilter value() {
        return new EventFilter(
                List.copyOf(actors.getValue()),
                List.copyOf(types.getValue()),
                text.getValue().isBlank() ? null : text.getValue());
    }
}
