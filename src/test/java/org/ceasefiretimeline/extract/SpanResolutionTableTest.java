package org.ceasefiretimeline.extract;

import java.time.LocalDate;
import java.time.LocalDateTime;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Spans, "ago" and offsets from the date just named (the previous mention) or publication. An empty
 * start is an expression left unresolved.
 */
class SpanResolutionTableTest {

    @ParameterizedTest(name = "''{0}'' published {1}, {2}: {4} to {5}")
    @CsvSource(
            delimiter = '|',
            textBlock =
                    """
            the past few weeks             | 2024-05-10 | PAST            |            | 2024-04-20T00:00 | 2024-05-10T00:00 | SPAN
            in the coming days             | 2024-05-10 | FUTURE          |            | 2024-05-11T00:00 | 2024-05-13T00:00 | SPAN
            over the past three days       | 2024-05-10 | PAST            |            | 2024-05-08T00:00 | 2024-05-10T00:00 | SPAN
            for the past five years        | 2011-06-26 | PAST            |            | 2006-06-27T00:00 | 2011-06-26T00:00 | SPAN
            the past couple of months      | 2024-05-10 | PAST            |            | 2024-03-11T00:00 | 2024-05-10T00:00 | SPAN
            the last 24 hours              | 2024-05-10 | PAST            |            | 2024-05-09T00:00 | 2024-05-10T00:00 | SPAN
            within days                    | 2024-05-10 | FUTURE          |            | 2024-05-11T00:00 | 2024-05-13T00:00 | SPAN
            within a day or two            | 2024-05-10 | FUTURE          |            | 2024-05-11T00:00 | 2024-05-12T00:00 | SPAN
            within hours                   | 2024-05-10 | PAST            | 2024-05-08 | 2024-05-08T00:00 | 2024-05-09T00:00 | SPAN
            within two days                | 2024-05-10 | PAST            | 2024-05-06 | 2024-05-06T00:00 | 2024-05-08T00:00 | SPAN
            in two days                    | 2024-12-31 | FUTURE          |            | 2025-01-01T00:00 | 2025-01-02T00:00 | SPAN
            in recent weeks                | 2024-05-10 | PAST            |            | 2024-04-20T00:00 | 2024-05-10T00:00 | SPAN
            three days ago                 | 2024-03-02 | PAST            |            | 2024-02-28T00:00 | 2024-02-28T00:00 | DAY
            a year ago                     | 2024-02-29 | PAST            |            | 2023-02-28T00:00 | 2023-02-28T00:00 | YEAR
            two hours ago                  | 2024-05-10 | PAST            |            | 2024-05-10T00:00 | 2024-05-10T00:00 | DAY
            a day earlier                  | 2024-05-10 | PAST            | 2024-03-01 | 2024-02-29T00:00 | 2024-02-29T00:00 | DAY
            days later                     | 2024-05-10 | PAST            | 2024-12-30 | 2025-01-01T00:00 | 2025-01-01T00:00 | DAY
            the next day                   | 2024-05-10 | PAST            |            | 2024-05-11T00:00 | 2024-05-11T00:00 | DAY
            the following week             | 2024-05-10 | PAST            | 2024-05-08 | 2024-05-13T00:00 | 2024-05-19T00:00 | WEEK
            the previous night             | 2024-05-10 | PAST            | 2024-05-08 | 2024-05-07T20:00 | 2024-05-08T04:00 | PART_OF_DAY
            the month before               | 2024-05-10 | PAST            | 2024-03-31 | 2024-02-29T00:00 | 2024-02-29T00:00 | MONTH
            that night                     | 2024-05-10 | PAST            | 2024-05-08 | 2024-05-08T20:00 | 2024-05-09T04:00 | PART_OF_DAY
            two weeks later                | 2024-05-10 | PAST            | 2024-05-08 | 2024-05-22T00:00 | 2024-05-22T00:00 | DAY
            hours later                    | 2024-05-10 | PAST            | 2024-05-08 | 2024-05-08T00:00 | 2024-05-08T00:00 | DAY
            """)
    void resolves(
            String expression,
            LocalDate published,
            Direction direction,
            LocalDate previous,
            LocalDateTime start,
            LocalDateTime end,
            Precision precision) {
        ResolvedExpression.assertResolves(
                expression, published, direction, previous, start, end, precision);
    }
}
