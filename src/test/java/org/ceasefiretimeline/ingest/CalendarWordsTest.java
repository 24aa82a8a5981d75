package org.ceasefiretimeline.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class CalendarWordsTest {

    @ParameterizedTest(name = "{0}")
    @CsvSource(
            delimiter = '|',
            textBlock =
                    """
            AUGUST 30, 2020 19:13             | August 30, 2020 19:13
            Hamas said on MONDAY it would     | Hamas said on Monday it would
            HAMAS MAY ACCEPT THE DEAL         | HAMAS May ACCEPT THE DEAL
            MAYBE HAMAS WILL SIGN IN MARCHES  | MAYBE HAMAS WILL SIGN IN MARCHES
            Talks resume in May               | Talks resume in May
            """)
    void monthAndWeekdayNamesInCapitalsReadAsTitleCaseAtTheSameOffsets(String text, String read) {
        String cased = CalendarWords.titleCaseShouted(text);

        assertEquals(read, cased);
        assertEquals(text.length(), cased.length());
    }
}
