package org.ceasefiretimeline.extract;

import java.time.LocalDate;
import java.time.LocalDateTime;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Weeks, weekends, parts of weeks and weeks of a month, with Monday as the week start. An empty
 * start is an expression left unresolved.
 */
class WeekResolutionTableTest {

    @ParameterizedTest(name = "''{0}'' published {1}, {2}: {4} to {5}")
    @CsvSource(
            delimiter = '|',
            textBlock =
                    """
            last week                      | 2024-01-03 | PAST            |            | 2023-12-25T00:00 | 2023-12-31T00:00 | WEEK
            next week                      | 2023-12-30 | FUTURE          |            | 2024-01-01T00:00 | 2024-01-07T00:00 | WEEK
            earlier this week              | 2024-05-10 | PAST            |            | 2024-05-06T00:00 | 2024-05-09T00:00 | PART_OF_WEEK
            later this week                | 2024-05-10 | FUTURE          |            | 2024-05-11T00:00 | 2024-05-12T00:00 | PART_OF_WEEK
            the past week                  | 2024-05-10 | PAST            |            | 2024-05-03T00:00 | 2024-05-10T00:00 | WEEK
            the coming week                | 2024-05-10 | FUTURE          |            | 2024-05-11T00:00 | 2024-05-17T00:00 | WEEK
            late next week                 | 2024-06-07 | FUTURE          |            | 2024-06-14T00:00 | 2024-06-16T00:00 | PART_OF_WEEK
            last weekend                   | 2024-05-12 | PAST            |            | 2024-05-04T00:00 | 2024-05-05T00:00 | PART_OF_WEEK
            over the weekend               | 2024-05-13 | PAST            |            | 2024-05-11T00:00 | 2024-05-12T00:00 | PART_OF_WEEK
            this weekend                   | 2024-05-10 | FUTURE          |            | 2024-05-11T00:00 | 2024-05-12T00:00 | PART_OF_WEEK
            next weekend                   | 2024-05-11 | FUTURE          |            | 2024-05-18T00:00 | 2024-05-19T00:00 | PART_OF_WEEK
            the end of next week           | 2024-05-10 | FUTURE          |            | 2024-05-17T00:00 | 2024-05-19T00:00 | PART_OF_WEEK
            the beginning of the week      | 2024-05-10 | PAST            |            | 2024-05-06T00:00 | 2024-05-08T00:00 | PART_OF_WEEK
            the first week of November     | 2024-01-10 | PAST            |            | 2023-11-01T00:00 | 2023-11-07T00:00 | WEEK
            the last week of February 2024 | 2024-06-07 | PAST            |            | 2024-02-23T00:00 | 2024-02-29T00:00 | WEEK
            the last week of February 2023 | 2024-06-07 | PAST            |            | 2023-02-22T00:00 | 2023-02-28T00:00 | WEEK
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
