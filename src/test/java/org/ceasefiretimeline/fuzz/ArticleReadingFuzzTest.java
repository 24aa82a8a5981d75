package org.ceasefiretimeline.fuzz;

import static org.assertj.core.api.Assertions.assertThat;

import com.code_intelligence.jazzer.junit.DictionaryEntries;
import com.code_intelligence.jazzer.junit.FuzzTest;
import java.util.Arrays;
import java.util.Set;
import java.util.stream.Collectors;
import org.ceasefiretimeline.ingest.Article;
import org.ceasefiretimeline.ingest.ArticleReader;
import org.ceasefiretimeline.ingest.ArticleTextDecoder;
import org.ceasefiretimeline.ingest.Block;
import org.ceasefiretimeline.ingest.UnreadableArticleException;

/**
 * An article file's bytes, in any encoding or none: the decoder either refuses them with a reason
 * or gives text that the reader turns into an article without throwing, each block being one of the
 * text's lines.
 */
class ArticleReadingFuzzTest {

    private final ArticleTextDecoder decoder = new ArticleTextDecoder();
    private final ArticleReader reader = new ArticleReader();

    @DictionaryEntries({
        "\uFEFF",
        "\u00A0",
        "Published:",
        "Updated:",
        "By ",
        "(Reuters) -",
        "Photo:",
        "https://www.example.com/2024/06/07/news",
        "AFP",
        "Getty Images",
        "Share",
        "Advertisement"
    })
    @FuzzTest(maxDuration = FuzzInputs.MAX_DURATION)
    void readsAnyBytes(byte[] bytes) {
        String text;
        try {
            text = decoder.decode(bytes);
        } catch (UnreadableArticleException refused) {
            assertThat(refused.getMessage()).isNotBlank();
            return;
        }
        assertThat(text).isNotBlank().doesNotContain("\r", "\uFEFF");
        Article article = reader.read("fuzz.txt", text, null);
        Set<String> lines =
                Arrays.stream(text.split("\n", -1)).map(String::strip).collect(Collectors.toSet());
        for (Block block : article.blocks()) {
            assertThat(block.text()).isNotBlank();
            assertThat(lines).contains(block.text());
        }
        if (article.published() == null) {
            assertThat(article.errors()).isNotEmpty();
        }
    }
}
