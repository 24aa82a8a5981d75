package org.ceasefiretimeline.extract;

import java.time.LocalDate;
import java.time.LocalDateTime;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Months, parts of months, seasons and years, seen from either side of publication. An empty start
 * is an expression left unresolved.
 */
class MonthYearResolutionTableTest {

    @ParameterizedTest(name = "''{0}'' published {1}, {2}: {4} to {5}")
    @CsvSource(
            delimiter = '|',
            textBlock =
                    """
            late November 2023             | 2024-05-10 | PAST            |            | 2023-11-21T00:00 | 2023-11-30T00:00 | PART_OF_MONTH
            mid-2023                       | 2024-05-10 | PAST            |            | 2023-05-01T00:00 | 2023-08-31T00:00 | YEAR
            in 2014                        | 2024-05-10 | PAST            |            | 2014-01-01T00:00 | 2014-12-31T00:00 | YEAR
            in February                    | 2024-01-03 | FUTURE          |            | 2024-02-01T00:00 | 2024-02-29T00:00 | MONTH
            in December                    | 2024-01-03 | PAST            |            | 2023-12-01T00:00 | 2023-12-31T00:00 | MONTH
            last March                     | 2024-03-15 | PAST            |            | 2023-03-01T00:00 | 2023-03-31T00:00 | MONTH
            next January                   | 2024-01-10 | PAST            |            | 2025-01-01T00:00 | 2025-01-31T00:00 | MONTH
            until mid-April                | 2025-03-19 | PAST            |            | 2025-04-11T00:00 | 2025-04-20T00:00 | PART_OF_MONTH
            the end of October             | 2023-11-20 | PAST            |            | 2023-10-25T00:00 | 2023-10-31T00:00 | PART_OF_MONTH
            the end of the month           | 2024-02-10 | PAST            |            | 2024-02-23T00:00 | 2024-02-29T00:00 | PART_OF_MONTH
            the beginning of March 2024    | 2024-05-10 | PAST            |            | 2024-03-01T00:00 | 2024-03-10T00:00 | PART_OF_MONTH
            by the end of 2008             | 2008-04-22 | FUTURE          |            | 2008-12-01T00:00 | 2008-12-31T00:00 | MONTH
            the beginning of next year     | 2024-05-10 | FUTURE          |            | 2025-01-01T00:00 | 2025-01-31T00:00 | MONTH
            the middle of the year         | 2024-02-10 | FUTURE          |            | 2024-06-01T00:00 | 2024-07-31T00:00 | SPAN
            last month                     | 2024-01-15 | PAST            |            | 2023-12-01T00:00 | 2023-12-31T00:00 | MONTH
            earlier this year              | 2024-05-10 | PAST            |            | 2024-01-01T00:00 | 2024-05-09T00:00 | YEAR
            late last year                 | 2024-05-10 | PAST            |            | 2023-10-01T00:00 | 2023-12-31T00:00 | YEAR
            the past year                  | 2024-02-29 | PAST            |            | 2023-02-28T00:00 | 2024-02-29T00:00 | YEAR
            early next month               | 2024-12-10 | FUTURE          |            | 2025-01-01T00:00 | 2025-01-10T00:00 | MONTH
            in the spring                  | 2024-05-10 | PAST            |            | 2024-03-01T00:00 | 2024-05-31T00:00 | SEASON
            last winter                    | 2024-01-10 | PAST            |            | 2023-12-01T00:00 | 2024-02-29T00:00 | SEASON
            next summer                    | 2024-07-01 | FUTURE          |            | 2025-06-01T00:00 | 2025-08-31T00:00 | SEASON
            the winter of 2023             | 2024-05-10 | PAST            |            | 2023-12-01T00:00 | 2024-02-29T00:00 | SEASON
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
