package org.ceasefiretimeline.reader;

import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.router.QueryParameters;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.ceasefiretimeline.reader.TimelineViews.EventFilter;

/**
 * The reader's filters: actors, kinds of event (as the cards name them) and words, each labelled
 * for screen readers, and kept in the page's address ({@code ?actor=Egypt&kind=rejected&q=truce})
 * so that a reload or a shared link shows the same events.
 */
class EventFilters extends Div {

    static final String ACTOR = "actor";
    static final String KIND = "kind";
    static final String TEXT = "q";

    private final MultiSelectComboBox<String> actors = new MultiSelectComboBox<>("Actors");
    private final MultiSelectComboBox<EventKind> kinds = new MultiSelectComboBox<>("Event types");
    private final TextField text = new TextField("Search the sentences");

    EventFilters(Collection<String> actorNames, Runnable onChange) {
        addClassName("ct-filters");
        getElement().setAttribute("role", "search");
        actors.setId("filter-actors");
        actors.setItems(actorNames.stream().sorted().toList());
        actors.setPlaceholder("All actors");
        kinds.setId("filter-types");
        kinds.setItems(EventKind.ALL);
        kinds.setItemLabelGenerator(EventKind::label);
        kinds.setPlaceholder("All types");
        text.setId("filter-text");
        text.setClearButtonVisible(true);
        text.setPlaceholder("e.g. yearlong, Rafah");
        text.setValueChangeMode(ValueChangeMode.LAZY);
        actors.addValueChangeListener(e -> onChange.run());
        kinds.addValueChangeListener(e -> onChange.run());
        text.addValueChangeListener(e -> onChange.run());
        add(actors, kinds, text);
    }

    EventFilter value() {
        return new EventFilter(
                List.copyOf(actors.getValue()),
                EventKind.ALL.stream().filter(kinds.getValue()::contains).toList(),
                text.getValue().isBlank() ? null : text.getValue());
    }

    /** Sets the filters from a page's address, ignoring what no longer exists. */
    void read(QueryParameters query) {
        Map<String, List<String>> p = query.getParameters();
        actors.setValue(
                p.getOrDefault(ACTOR, List.of()).stream()
                        .filter(a -> actors.getListDataView().contains(a))
                        .toList());
        kinds.setValue(
                p.getOrDefault(KIND, List.of()).stream()
                        .map(EventKind::ofParameter)
                        .flatMap(Optional::stream)
                        .toList());
        text.setValue(p.getOrDefault(TEXT, List.of("")).get(0));
    }

    /** The filters as a page's query parameters: none when nothing is filtered. */
    QueryParameters query() {
        EventFilter f = value();
        Map<String, List<String>> p = new LinkedHashMap<>();
        if (!f.actors().isEmpty()) {
            p.put(ACTOR, f.actors());
        }
        if (!f.kinds().isEmpty()) {
            p.put(KIND, f.kinds().stream().map(EventKind::parameter).toList());
        }
        if (f.text() != null) {
            p.put(TEXT, List.of(f.text().strip()));
        }
        return new QueryParameters(p);
    }
}
