package org.ceasefiretimeline.editor;

import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;

/**
 * The editor views' messages: short confirmations, and problems that stay until read; a conflict
 * with another editor's change is shown in the page, beside the form.
 */
final class Notices {

    private Notices() {}

    static void done(String message) {
        Notification.show(message).addThemeVariants(NotificationVariant.LUMO_SUCCESS);
    }

    static void problem(String message) {
        Notification.show(message, 6000, Notification.Position.MIDDLE)
                .addThemeVariants(NotificationVariant.LUMO_WARNING);
    }
}
