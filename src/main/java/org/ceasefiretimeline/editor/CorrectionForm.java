package org.ceasefiretimeline.editor;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import org.ceasefiretimeline.extract.EventType;
import org.ceasefiretimeline.extract.Precision;
import org.ceasefiretimeline.extract.Stance;
import org.ceasefiretimeline.reader.TimelineViews.EventView;

/**
 * The event editor's form as values, and the correction it makes: only what the editor changed
 * differs from the event, so that a span keeps its end and a timed event its time when only, say,
 * its actors change.
 */
final class CorrectionForm {

    private CorrectionForm() {}

    /** What the form's fields hold; {@code time} is empty unless the event has a time of day. */
    record Values(
            LocalDate day,
            LocalTime time,
            LocalDate endDay,
            Precision precision,
            EventType type,
            Stance stance,
            Set<String> actors,
            Long answers,
            String roundSlug) {}

    /** The form as it opens on {@code e}. */
    static Values of(EventView e, Long answersEventId) {
        return new Values(
                e.start() == null ? null : e.start().toLocalDate(),
                e.precision() == Precision.TIME && e.start() != null
                        ? e.start().toLocalTime()
                        : null,
                e.end() == null ? null : e.end().toLocalDate(),
                e.precision(),
                e.type(),
                e.stance(),
                Set.copyOf(e.actors()),
                answersEventId,
                e.roundSlug());
    }

    /**
     * The correction the form makes on {@code e}: each field as the editor left it, the rest as it
     * was.
     */
    static EventCorrection correction(EventView e, Long answersEventId, Values form) {
        Values was = of(e, answersEventId);
        boolean dateChanged =
                !Objects.equals(form.day(), was.day()) || !Objects.equals(form.time(), was.time());
        LocalDateTime start =
                !dateChanged
                        ? e.start()
                        : form.day() == null
                                ? null
                                : form.day()
                                        .atTime(
                                                form.time() == null
                                                        ? LocalTime.MIDNIGHT
                                                        : form.time());
        LocalDateTime end;
        if (!Objects.equals(form.endDay(), was.endDay())) {
            end = form.endDay() == null ? null : form.endDay().atStartOfDay();
        } else if (!dateChanged || (e.end() != null && !e.end().equals(e.start()))) {
            end = e.end(); // as it was, and a span keeps its end when its start moves
        } else {
            end = start; // a moment moves with its start
        }
        if (end != null && start != null && end.isBefore(start)) {
            end = start;
        }
        Precision precision = form.precision();
        if (!Objects.equals(form.time(), was.time())) {
            precision =
                    form.time() != null
                            ? Precision.TIME
                            : precision == Precision.TIME ? Precision.DAY : precision;
        }
        List<String> actors =
                form.actors().equals(was.actors())
                        ? e.actors()
                        : form.actors().stream().sorted().toList();
        return new EventCorrection(
                start,
                end,
                precision,
                form.type(),
                form.stance(),
                actors,
                form.answers(),
                form.roundSlug());
    }
}
