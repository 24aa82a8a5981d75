package org.ceasefiretimeline.fuzz;

import static org.assertj.core.api.Assertions.assertThat;

import com.code_intelligence.jazzer.junit.DictionaryEntries;
import com.code_intelligence.jazzer.junit.FuzzTest;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.ceasefiretimeline.extract.SentenceSplitter;

/**
 * Any paragraph: the splitter never throws, and its sentences are the paragraph cut at some places,
 * with the white space around each cut dropped and nothing else lost, added or reordered.
 */
class SentenceSplittingFuzzTest {

    private final SentenceSplitter splitter = new SentenceSplitter();

    @DictionaryEntries({
        ". ",
        "? ",
        "! ",
        ".\" ",
        ".) ",
        "U.S. ",
        "Maj. Gen. ",
        "Feb. 7",
        "a.m. ",
        "p.m. ",
        "Mr. ",
        "No. 1",
        "“",
        "”",
        "‘",
        "’",
        "(",
        ")",
        "[",
        "]"
    })
    @FuzzTest(maxDuration = FuzzInputs.MAX_DURATION)
    void splitsAnyParagraph(byte[] bytes) {
        String paragraph = new String(bytes, StandardCharsets.UTF_8);
        List<String> sentences = splitter.split(paragraph);
        for (String sentence : sentences) {
            assertThat(sentence).isNotEmpty().isEqualTo(sentence.strip());
        }
        assertThat(withoutWhiteSpace(String.join("", sentences)))
                .isEqualTo(withoutWhiteSpace(paragraph));
    }

    private static String withoutWhiteSpace(String text) {
        StringBuilder kept = new StringBuilder(text.length());
        text.codePoints().filter(c -> !Character.isWhitespace(c)).forEach(kept::appendCodePoint);
        return kept.toString();
    }
}
