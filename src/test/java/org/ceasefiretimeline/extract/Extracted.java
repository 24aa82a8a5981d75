package org.ceasefiretimeline.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import org.ceasefiretimeline.ingest.Article;
import org.ceasefiretimeline.ingest.ArticleReader;
import org.ceasefiretimeline.ingest.ManifestEntry;

/** Test helper: runs the pipeline over a short article of the test's own and finds its mentions. */
record Extracted(ArticleExtraction extraction) {

    private static final ExtractionPipeline PIPELINE = new ExtractionPipeline();

    static Extracted from(String body, LocalDate published) {
        return from(body, published, ZoneId.of("Asia/Jerusalem"));
    }

    static Extracted from(String body, LocalDate published, ZoneId zone) {
        ManifestEntry meta =
                new ManifestEntry("test.txt", published, "Test Desk", null, null, zone);
        Article article =
                new ArticleReader().read("test.txt", "Ceasefire talks go on\n\n" + body, meta);
        return new Extracted(PIPELINE.extract(article));
    }

    /** The only mention whose text contains {@code phrase}. */
    DateMention mention(String phrase) {
        List<DateMention> found =
                extraction.mentions().stream().filter(m -> m.text().contains(phrase)).toList();
        assertThat(found).as("mentions containing '%s' among %s", phrase, texts()).hasSize(1);
        return found.get(0);
    }

    LocalDate day(String phrase) {
        DateMention m = mention(phrase);
        assertThat(m.resolved()).as("'%s' resolved: %s", phrase, m.resolution().reason()).isTrue();
        return m.resolution().start().toLocalDate();
    }

    List<String> texts() {
        return extraction.mentions().stream().map(DateMention::text).toList();
    }

    List<NegotiationEvent> events() {
        return extraction.events();
    }
}
