package org.ceasefiretimeline.importing;

import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;

import org.ceasefiretimeline.extract.DateMention;
import org.ceasefiretimeline.extract.ArticleExtraction;
import org.ceasefiretimeline.extract.EventType;
import org.ceasefiretimeline.extract.Stance;
import org.ceasefiretimeline.timeline.StoredArticle;
import org.ceasefiretimeline.timeline.ArticleBody;
import org.ceasefiretimeline.timeline.ArticleRepository;
import org.ceasefiretimeline.timeline.StoredDateMention;
import org.ceasefiretimeline.timeline.DateMentionRepository;
import org.ceasefiretimeline.timeline.NegotiationRound;
import org.ceasefiretimeline.timeline.RoundRepository;
import org.ceasefiretimeline.timeline.TimelineEvent;
import org.ceasefiretimeline.timeline.TimelineEventRepository;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Stores one extracted article: the article (once, by content hash), its date mentions, its round
 * ({@link RoundAssigner}) and its events, merged with those other articles reported ({@link EventMerger}).
 */
@Service
public class ImportService {

    private final ArticleRepository articles;
    private final RoundRepository rounds;
    private final DateMentionRepository mentions;
    private final TimelineEventRepository events;
    private final RoundAssigner roundAssigner;
    private final EventMerger merger;

    ImportService(ArticleRepository articles, RoundRepository rounds, DateMentionRepository mentions,
            TimelineEventRepository events, RoundAssigner roundAssigner, EventMerger merger) {
        this.articles = articles;
        this.rounds = rounds;
        this.mentions = mentions;
        this.events = events;
        this.roundAssigner = roundAssigner;
        this.merger = merger;
    }

    /** @return false when the article's content was imported before (nothing changes then) */
    @Transactional
    public boolean importArticle(ArticleExtraction x) {
        var in = x.article();
        String hash = ContentHash.of(in);
        if (articles.findByContentHash(hash).isPresent()) {
            return false;
        }
        StoredArticle article = articles.save(new StoredArticle(hash, in.file(), in.title(), in.publisher(), in.url(),
                in.published(), in.publishedSource(), in.publishedEvidence(), in.timezone().getId(),
                in.errors().isEmpty() ? null : String.join("\n", in.errors())));
        article.setBody(ArticleBody.encode(in.blocks()));
        Map<DateMention, StoredDateMention> saved = new IdentityHashMap<>();
        for (var m : x.mentions()) {
            var r = m.resolution();
            saved.put(m, mentions.save(new StoredDateMention(article, m.sentence().text(), m.sentence().line(),
                    m.sentence().caption(), m.text(), m.rule(), r.start(), r.end(), r.precision(), r.anchor(),
                    r.reason(), m.confidence())));
        }
        NegotiationRound round = roundAssigner.assign(article, x);
        merger.store(article, round, saved, hash, x.events());
        return true;
    }

    /** Marks how the round ended where its events say so. */
    @Transactional
    public void summarizeOutcomes() {
        for (NegotiationRound round : rounds.findAll()) {
            List<TimelineEvent> roundEvents = events.findByRoundOrderByStartAscIdAsc(round);
            round.setOutcome(roundEvents.stream().filter(e -> e.getType() == EventType.CEASEFIRE_IN_EFFECT).findFirst()
                    .map(e -> "Ceasefire in effect" + (e.getStart() == null ? "" : " from " + e.getStart().toLocalDate()))
                    .orElseGet(() -> roundEvents.isEmpty() ? null : switch (roundEvents.get(roundEvents.size() - 1).getType()) {
                        case TALKS_SUSPENDED -> "Talks suspended";
                        case RESPONSE -> roundEvents.get(roundEvents.size() - 1).getStance() == Stance.REJECT
                                ? "Last proposal rejected" : null;
                        default -> null;
                    }));
        }
    }
}
