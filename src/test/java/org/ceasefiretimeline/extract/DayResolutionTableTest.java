package org.ceasefiretimeline.extract;

import java.time.LocalDate;
import java.time.LocalDateTime;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Day-level expressions: full dates, month-days, weekdays, relative days, days of the month and
 * clock times, across year boundaries and leap days. An empty start is an expression left
 * unresolved.
 */
class DayResolutionTableTest {

    @ParameterizedTest(name = "''{0}'' published {1}, {2}: {4} to {5}")
    @CsvSource(
            delimiter = '|',
            textBlock =
                    """
            May 12, 2023                   | 2024-05-10 | PAST            |            | 2023-05-12T00:00 | 2023-05-12T00:00 | DAY
            2024-02-29                     | 2024-03-01 | PAST            |            | 2024-02-29T00:00 | 2024-02-29T00:00 | DAY
            2023-02-29                     | 2024-03-01 | PAST            |            |                  |                  |
            October 7                      | 2024-05-10 | PAST            |            | 2023-10-07T00:00 | 2023-10-07T00:00 | DAY
            December 28                    | 2024-01-03 | PAST            |            | 2023-12-28T00:00 | 2023-12-28T00:00 | DAY
            January 10                     | 2023-12-30 | FUTURE          |            | 2024-01-10T00:00 | 2024-01-10T00:00 | DAY
            February 29                    | 2024-03-05 | PAST            |            | 2024-02-29T00:00 | 2024-02-29T00:00 | DAY
            February 29                    | 2025-03-05 | PAST            |            |                  |                  |
            Aug. 26 last year              | 2015-10-20 | PAST            |            | 2014-08-26T00:00 | 2014-08-26T00:00 | DAY
            June 20                        | 2024-05-10 | NEAREST         |            | 2024-06-20T00:00 | 2024-06-20T00:00 | DAY
            last Thursday                  | 2024-05-10 | PAST            |            | 2024-05-09T00:00 | 2024-05-09T00:00 | DAY
            Thursday                       | 2024-05-10 | FUTURE          |            | 2024-05-16T00:00 | 2024-05-16T00:00 | DAY
            Friday                         | 2024-05-10 | PAST            |            | 2024-05-10T00:00 | 2024-05-10T00:00 | DAY
            next Friday                    | 2024-05-10 | PAST            |            | 2024-05-17T00:00 | 2024-05-17T00:00 | DAY
            Sunday                         | 2024-05-10 | NEAREST         |            | 2024-05-12T00:00 | 2024-05-12T00:00 | DAY
            Sunday                         | 2024-05-10 | REPORTED_FUTURE |            | 2024-05-12T00:00 | 2024-05-12T00:00 | DAY
            Thursday night                 | 2024-05-10 | PAST            |            | 2024-05-09T20:00 | 2024-05-10T04:00 | PART_OF_DAY
            early Tuesday                  | 2024-01-03 | PAST            |            | 2024-01-02T00:00 | 2024-01-02T08:00 | PART_OF_DAY
            Thursday at 8 p.m.             | 2024-05-10 | PAST            |            | 2024-05-09T20:00 | 2024-05-09T20:00 | TIME
            the previous Saturday          | 2024-05-10 | PAST            | 2024-05-08 | 2024-05-04T00:00 | 2024-05-04T00:00 | DAY
            Tuesday last week              | 2024-05-10 | PAST            |            | 2024-04-30T00:00 | 2024-04-30T00:00 | DAY
            yesterday morning              | 2024-01-01 | PAST            |            | 2023-12-31T06:00 | 2023-12-31T12:00 | PART_OF_DAY
            tonight                        | 2024-05-10 | PAST            |            | 2024-05-10T20:00 | 2024-05-11T04:00 | PART_OF_DAY
            last night                     | 2024-03-01 | PAST            |            | 2024-02-29T20:00 | 2024-03-01T04:00 | PART_OF_DAY
            overnight                      | 2024-05-10 | PAST            |            | 2024-05-09T22:00 | 2024-05-10T06:00 | PART_OF_DAY
            on the 19th                    | 2024-05-10 | PAST            |            | 2024-04-19T00:00 | 2024-04-19T00:00 | DAY
            on the 31st                    | 2024-05-10 | FUTURE          |            | 2024-05-31T00:00 | 2024-05-31T00:00 | DAY
            on the 30th                    | 2024-03-10 | PAST            |            | 2024-01-30T00:00 | 2024-01-30T00:00 | DAY
            at 10 a.m.                     | 2024-05-10 | PAST            |            | 2024-05-10T10:00 | 2024-05-10T10:00 | TIME
            at 16:00                       | 2024-05-10 | PAST            |            | 2024-05-10T16:00 | 2024-05-10T16:00 | TIME
            Thursday at 23:30              | 2024-05-10 | PAST            |            | 2024-05-09T23:30 | 2024-05-09T23:30 | TIME
            at midnight                    | 2024-05-10 | PAST            | 2024-05-08 | 2024-05-08T23:59 | 2024-05-08T23:59 | TIME
            later today                    | 2024-05-10 | PAST            |            | 2024-05-10T00:00 | 2024-05-10T00:00 | DAY
            earlier in the day             | 2024-05-10 | PAST            | 2024-05-08 | 2024-05-08T00:00 | 2024-05-08T00:00 | DAY
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
