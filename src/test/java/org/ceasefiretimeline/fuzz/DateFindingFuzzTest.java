package org.ceasefiretimeline.fuzz;

import static org.assertj.core.api.Assertions.assertThat;

import com.code_intelligence.jazzer.junit.DictionaryEntries;
import com.code_intelligence.jazzer.junit.FuzzTest;
import java.time.LocalDate;
import org.ceasefiretimeline.extract.ArticleExtraction;
import org.ceasefiretimeline.extract.DateMention;
import org.ceasefiretimeline.extract.ExtractionPipeline;

/**
 * Any text published on any day from 1900 to 2100 (the first three bytes, see {@link FuzzInputs}):
 * finding and resolving dates never throws, every mention lies inside its sentence, and a resolved
 * one does not end before it starts.
 */
class DateFindingFuzzTest {

    private static final ExtractionPipeline PIPELINE = new ExtractionPipeline();

    @DictionaryEntries({
        "Monday",
        "Tuesday",
        "Wednesday",
        "Thursday",
        "Friday",
        "Saturday",
        "Sunday",
        "January",
        "February",
        "March",
        "April",
        "May",
        "June",
        "July",
        "August",
        "September",
        "October",
        "November",
        "December",
        "Jan. ",
        "Feb. ",
        "Sept. ",
        "last ",
        "next ",
        "this ",
        "past ",
        "early ",
        "late ",
        "mid-",
        "week",
        "weekend",
        "month",
        "year",
        "today",
        "tomorrow",
        "yesterday",
        "tonight",
        "midnight",
        " ago",
        "days",
        "hours",
        "on ",
        "in ",
        "by ",
        "until ",
        "from ",
        " to ",
        "since ",
        "before ",
        "after ",
        "will ",
        "would ",
        "said ",
        "had ",
        "the end of ",
        "the first week of ",
        "2014",
        "2024",
        "1967",
        "7",
        "31",
        "'s",
        "’s",
        "\"",
        "“",
        "”"
    })
    @FuzzTest(maxDuration = FuzzInputs.MAX_DURATION)
    void findsAndResolvesDatesInAnyText(byte[] data) {
        LocalDate published = FuzzInputs.publicationDay(data);
        ArticleExtraction extraction =
                PIPELINE.extract(FuzzInputs.article(FuzzInputs.text(data), published));
        for (DateMention mention : extraction.mentions()) {
            String sentence = mention.sentence().text();
            assertThat(mention.begin())
                    .as("begin of '%s' in '%s'", mention.text(), sentence)
                    .isBetween(0, mention.end());
            assertThat(mention.end())
                    .as("end of '%s' in '%s'", mention.text(), sentence)
                    .isLessThanOrEqualTo(sentence.length());
            if (mention.resolved()) {
                assertThat(mention.resolution().end())
                        .as("'%s' in '%s'", mention.text(), sentence)
                        .isAfterOrEqualTo(mention.resolution().start());
            }
        }
    }
}
