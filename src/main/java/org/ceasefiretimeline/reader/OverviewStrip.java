package org.ceasefiretimeline.reader;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.Tag;
import com.vaadin.flow.component.dependency.JsModule;
import com.vaadin.flow.shared.Registration;
import elemental.json.Json;
import elemental.json.JsonArray;
import java.time.LocalDate;
import java.util.List;
import java.util.function.Consumer;

/**
 * The round's zoomable density strip: our own web component ({@code
 * frontend/components/overview-strip.js}) draws every event on one canvas, so it costs no DOM node
 * per event.
 */
@Tag("overview-strip")
@JsModule("./components/overview-strip.js")
class OverviewStrip extends Component {

    void show(List<LocalDate> days, LocalDate start, LocalDate end) {
        JsonArray array = Json.createArray();
        for (int i = 0; i < days.size(); i++) {
            array.set(i, days.get(i).toString());
        }
        if (start != null) {
            getElement().setAttribute("start", start.toString());
        }
        if (end != null) {
            getElement().setAttribute("end", end.toString());
        }
        getElement().setPropertyJson("days", array);
    }

    Registration onBucketSelected(Consumer<LocalDate> listener) {
        return getElement()
                .addEventListener(
                        "bucket-selected",
                        e ->
                                listener.accept(
                                        LocalDate.parse(
                                                e.getEventData().getString("event.detail.day"))))
                .addEventData("event.detail.day");
    }
}
