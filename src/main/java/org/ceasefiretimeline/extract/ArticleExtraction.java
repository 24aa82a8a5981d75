package org.ceasefiretimeline.extract;

import java.util.List;

import org.ceasefiretimeline.ingest.Article;

/** Everything extracted from one article. */
public record ArticleExtraction(Article article, List<Sentence> sentences, List<DateMention> mentions,
        List<NegotiationEvent> events) {
}
