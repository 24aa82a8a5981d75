package org.ceasefiretimeline.editor;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.List;
import java.util.Set;
import java.util.function.UnaryOperator;
import java.util.stream.Stream;
import org.ceasefiretimeline.editor.CorrectionForm.Values;
import org.ceasefiretimeline.extract.EventType;
import org.ceasefiretimeline.extract.Precision;
import org.ceasefiretimeline.extract.Stance;
import org.ceasefiretimeline.reader.TimelineViews.EventView;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Issue 10, bug 1: a save changed a span event's end to its start when only its actors had changed.
 */
class CorrectionFormTest {

    private static final Long ANSWERS = 41L;

    private static EventView event(LocalDateTime start, LocalDateTime end, Precision precision) {
        return new EventView(
                7,
                "2024-02-israel-hamas",
                EventType.RESPONSE,
                Stance.REJECT,
                start,
                end,
                precision,
                "this week",
                false,
                List.of("Hamas", "Israel"),
                "Hamas rejected the offer",
                List.of(),
                3L,
                null,
                null,
                false,
                false,
                false,
                null);
    }

    /** "Mon 29 Jan – Sun 4 Feb 2024", "Thu 8 Feb 2024, 14:30" and "Thu 8 Feb 2024". */
    static Stream<EventView> events() {
        return Stream.of(
                event(
                        LocalDate.of(2024, 1, 29).atStartOfDay(),
                        LocalDate.of(2024, 2, 4).atStartOfDay(),
                        Precision.WEEK),
                event(
                        LocalDate.of(2024, 2, 8).atTime(14, 30),
                        LocalDate.of(2024, 2, 8).atTime(14, 30),
                        Precision.TIME),
                event(
                        LocalDate.of(2024, 2, 8).atStartOfDay(),
                        LocalDate.of(2024, 2, 8).atStartOfDay(),
                        Precision.DAY));
    }

    private static EventCorrection unchanged(EventView e) {
        return new EventCorrection(
                e.start(),
                e.end(),
                e.precision(),
                e.type(),
                e.stance(),
                e.actors(),
                ANSWERS,
                e.roundSlug());
    }

    private static EventCorrection saved(EventView e, UnaryOperator<Values> edit) {
        return CorrectionForm.correction(e, ANSWERS, edit.apply(CorrectionForm.of(e, ANSWERS)));
    }

    @ParameterizedTest
    @MethodSource("events")
    void saving_an_untouched_form_changes_nothing(EventView e) {
        assertThat(saved(e, v -> v)).isEqualTo(unchanged(e));
    }

    static Stream<Arguments> oneFieldChanged() {
        return events().flatMap(
                        e ->
                                Stream.of(
                                        Arguments.of(
                                                e,
                                                "actors",
                                                (UnaryOperator<Values>)
                                                        v ->
                                                                new Values(
                                                                        v.day(),
                                                                        v.time(),
                                                                        v.endDay(),
                                                                        v.precision(),
                                                                        v.type(),
                                                                        v.stance(),
                                                                        Set.of("Israel", "Qatar"),
                                                                        v.answers(),
                                                                        v.roundSlug())),
                                        Arguments.of(
                                                e,
                                                "precision",
                                                (UnaryOperator<Values>)
                                                        v ->
                                                                new Values(
                                                                        v.day(),
                                                                        v.time(),
                                                                        v.endDay(),
                                                                        Precision.MONTH,
                                                                        v.type(),
                                                                        v.stance(),
                                                                        v.actors(),
                                                                        v.answers(),
                                                                        v.roundSlug())),
                                        Arguments.of(
                                                e,
                                                "type",
                                                (UnaryOperator<Values>)
                                                        v ->
                                                                new Values(
                                                                        v.day(),
                                                                        v.time(),
                                                                        v.endDay(),
                                                                        v.precision(),
                                                                        EventType.STATEMENT,
                                                                        v.stance(),
                                                                        v.actors(),
                                                                        v.answers(),
                                                                        v.roundSlug())),
                                        Arguments.of(
                                                e,
                                                "stance",
                                                (UnaryOperator<Values>)
                                                        v ->
                                                                new Values(
                                                                        v.day(),
                                                                        v.time(),
                                                                        v.endDay(),
                                                                        v.precision(),
                                                                        v.type(),
                                                                        Stance.ACCEPT,
                                                                        v.actors(),
                                                                        v.answers(),
                                                                        v.roundSlug())),
                                        Arguments.of(
                                                e,
                                                "answers",
                                                (UnaryOperator<Values>)
                                                        v ->
                                                                new Values(
                                                                        v.day(),
                                                                        v.time(),
                                                                        v.endDay(),
                                                                        v.precision(),
                                                                        v.type(),
                                                                        v.stance(),
                                                                        v.actors(),
                                                                        99L,
                                                                        v.roundSlug())),
                                        Arguments.of(
                                                e,
                                                "round",
                                                (UnaryOperator<Values>)
                                                        v ->
                                                                new Values(
                                                                        v.day(),
                                                                        v.time(),
                                                                        v.endDay(),
                                                                        v.precision(),
                                                                        v.type(),
                                                                        v.stance(),
                                                                        v.actors(),
                                                                        v.answers(),
                                                                        "2024-05-israel-hamas"))));
    }

    @ParameterizedTest(name = "{1} on {0}")
    @MethodSource("oneFieldChanged")
    void changing_one_field_changes_only_that_field(
            EventView e, String field, UnaryOperator<Values> edit) {
        EventCorrection was = unchanged(e);
        EventCorrection c = saved(e, edit);
        assertThat(c.start()).isEqualTo(was.start());
        assertThat(c.end()).isEqualTo(was.end());
        assertThat(c.precision())
                .isEqualTo(field.equals("precision") ? Precision.MONTH : was.precision());
        assertThat(c.type()).isEqualTo(field.equals("type") ? EventType.STATEMENT : was.type());
        assertThat(c.stance()).isEqualTo(field.equals("stance") ? Stance.ACCEPT : was.stance());
        assertThat(c.actors())
                .isEqualTo(field.equals("actors") ? List.of("Israel", "Qatar") : was.actors());
        assertThat(c.answers()).isEqualTo(field.equals("answers") ? 99L : was.answers());
        assertThat(c.roundSlug())
                .isEqualTo(field.equals("round") ? "2024-05-israel-hamas" : was.roundSlug());
    }

    @ParameterizedTest
    @MethodSource("events")
    void moving_the_day_moves_the_start_and_a_span_keeps_its_end(EventView e) {
        LocalDate day = LocalDate.of(2024, 1, 30);
        EventCorrection c =
                saved(
                        e,
                        v ->
                                new Values(
                                        day,
                                        v.time(),
                                        v.endDay(),
                                        v.precision(),
                                        v.type(),
                                        v.stance(),
                                        v.actors(),
                                        v.answers(),
                                        v.roundSlug()));
        assertThat(c.start()).isEqualTo(day.atTime(e.start().toLocalTime()));
        assertThat(c.end()).isEqualTo(e.end().equals(e.start()) ? c.start() : e.end());
        assertThat(c.precision()).isEqualTo(e.precision());
    }

    @ParameterizedTest
    @MethodSource("events")
    void the_end_day_is_set_on_its_own(EventView e) {
        LocalDate end = LocalDate.of(2024, 2, 10);
        EventCorrection c =
                saved(
                        e,
                        v ->
                                new Values(
                                        v.day(),
                                        v.time(),
                                        end,
                                        v.precision(),
                                        v.type(),
                                        v.stance(),
                                        v.actors(),
                                        v.answers(),
                                        v.roundSlug()));
        assertThat(c.start()).isEqualTo(e.start());
        assertThat(c.end()).isEqualTo(end.atStartOfDay());
    }

    @ParameterizedTest
    @MethodSource("events")
    void a_time_of_day_makes_the_date_a_time_and_clearing_it_a_day(EventView e) {
        EventCorrection timed =
                saved(
                        e,
                        v ->
                                new Values(
                                        v.day(),
                                        LocalTime.of(9, 15),
                                        v.endDay(),
                                        v.precision(),
                                        v.type(),
                                        v.stance(),
                                        v.actors(),
                                        v.answers(),
                                        v.roundSlug()));
        if (e.precision() != Precision.TIME) {
            assertThat(timed.start()).isEqualTo(e.start().toLocalDate().atTime(9, 15));
            assertThat(timed.precision()).isEqualTo(Precision.TIME);
        } else {
            EventCorrection day =
                    saved(
                            e,
                            v ->
                                    new Values(
                                            v.day(),
                                            null,
                                            v.endDay(),
                                            v.precision(),
                                            v.type(),
                                            v.stance(),
                                            v.actors(),
                                            v.answers(),
                                            v.roundSlug()));
            assertThat(day.start()).isEqualTo(e.start().toLocalDate().atStartOfDay());
            assertThat(day.precision()).isEqualTo(Precision.DAY);
        }
    }
}
