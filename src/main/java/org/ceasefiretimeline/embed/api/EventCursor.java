package org.ceasefiretimeline.embed.api;

import java.nio.charset.StandardCharsets;
import java.time.LocalDateTime;
import java.time.format.DateTimeParseException;
import java.util.Base64;
import org.ceasefiretimeline.reader.TimelineViews.EventKey;

/**
 * The opaque cursor of the events API: the last event's place in the order (its start and id),
 * base64url-encoded behind a format tag, so that a page starts right after it even if events were
 * added before it meanwhile. Clients must not build one; a cursor that is not ours is refused.
 */
final class EventCursor {

    private static final String FORMAT = "e1";

    private EventCursor() {}

    static String encode(EventKey key) {
        String text =
                FORMAT + "|" + (key.start() == null ? "" : key.start().toString()) + "|" + key.id();
        return Base64.getUrlEncoder()
                .withoutPadding()
                .encodeToString(text.getBytes(StandardCharsets.UTF_8));
    }

    /**
     * @throws InvalidParameterException when the text is no cursor of ours
     */
    static EventKey decode(String cursor) {
        try {
            String[] parts =
                    new String(Base64.getUrlDecoder().decode(cursor), StandardCharsets.UTF_8)
                            .split("\\|", -1);
            if (parts.length != 3 || !parts[0].equals(FORMAT)) {
                throw invalid(cursor);
            }
            return new EventKey(
                    parts[1].isEmpty() ? null : LocalDateTime.parse(parts[1]),
                    Long.parseLong(parts[2]));
        } catch (IllegalArgumentException | DateTimeParseException e) {
            throw invalid(cursor);
        }
    }

    private static InvalidParameterException invalid(String cursor) {
        return new InvalidParameterException(
                "cursor",
                "'"
                        + cursor
                        + "' is not a cursor this API gave: pass the 'next' value of the previous"
                        + " page unchanged, or leave it out for the first page");
    }
}
