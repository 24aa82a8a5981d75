package org.ceasefiretimeline.fuzz;

import static org.assertj.core.api.Assertions.assertThat;

import com.code_intelligence.jazzer.junit.DictionaryEntries;
import com.code_intelligence.jazzer.junit.FuzzTest;
import org.ceasefiretimeline.extract.ArticleExtraction;
import org.ceasefiretimeline.extract.ExtractionPipeline;
import org.ceasefiretimeline.extract.NegotiationEvent;

/**
 * Any text published on any day from 1900 to 2100: finding negotiation events never throws, and
 * every event stands on one of the article's sentences with a type and a trigger.
 */
class NegotiationFindingFuzzTest {

    private static final ExtractionPipeline PIPELINE = new ExtractionPipeline();

    @DictionaryEntries({
        "Hamas",
        "Israel",
        "Israeli",
        "Egypt",
        "Egyptian",
        "Qatar",
        "Qatari",
        "the United States",
        "Islamic Jihad",
        "Netanyahu",
        "Haniyeh",
        "Kerry",
        "mediators",
        "officials",
        " said",
        " proposed",
        " rejected",
        " accepted",
        " agreed",
        " welcomed",
        " refused",
        " offered",
        " presented",
        " answered",
        " responded",
        " will ",
        " would ",
        " did not ",
        " has not ",
        " was ",
        " by ",
        " to ",
        " that ",
        " and ",
        " a ceasefire",
        " a truce",
        " proposal",
        " plan",
        " deal",
        " talks",
        " positively",
        " negatively",
        "-brokered",
        "-mediated",
        " on Tuesday",
        " in Cairo",
        "\"",
        "“",
        "”",
        ". ",
        ", "
    })
    @FuzzTest(maxDuration = FuzzInputs.MAX_DURATION)
    void findsNegotiationsInAnyText(byte[] data) {
        ArticleExtraction extraction =
                PIPELINE.extract(
                        FuzzInputs.article(FuzzInputs.text(data), FuzzInputs.publicationDay(data)));
        for (NegotiationEvent event : extraction.events()) {
            assertThat(extraction.sentences()).contains(event.sentence());
            assertThat(event.type()).isNotNull();
            assertThat(event.trigger()).isNotBlank();
            assertThat(event.actors()).isNotNull();
        }
    }
}
