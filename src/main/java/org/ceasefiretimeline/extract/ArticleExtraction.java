package org.ceasefiretimeline.extract;

import java.util.List;
import org.ceasefiretimeline.ingest.Article;

/**
 * Everything extracted from one article: its sentences, date mentions and negotiation events, the
 * group it is about ({@code focalGroup}, null when none), the mediators it names and the military
 * operation it names.
 */
public record ArticleExtraction(
        Article article,
        List<Sentence> sentences,
        List<DateMention> mentions,
        List<NegotiationEvent> events,
        String focalGroup,
        List<String> mediators,
        String operation) {

    static ArticleExtraction failed(Article article) {
        return new ArticleExtraction(
                article, List.of(), List.of(), List.of(), null, List.of(), null);
    }
}
