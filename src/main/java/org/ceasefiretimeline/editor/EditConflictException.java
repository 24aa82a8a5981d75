package org.ceasefiretimeline.editor;

/**
 * Someone else saved the event since it was opened; the message says who, when and what they set.
 */
public class EditConflictException extends RuntimeException {

    public EditConflictException(String message) {
        super(message);
    }
}
