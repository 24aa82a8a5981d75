package org.ceasefiretimeline.importing;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.ceasefiretimeline.extract.ArticleExtraction;
import org.ceasefiretimeline.extract.DateMention;
import org.ceasefiretimeline.extract.ExtractionPipeline;
import org.ceasefiretimeline.ingest.Article;
import org.ceasefiretimeline.timeline.ArticleBody;
import org.ceasefiretimeline.timeline.ArticleRepository;
import org.ceasefiretimeline.timeline.DateMentionRepository;
import org.ceasefiretimeline.timeline.NegotiationRound;
import org.ceasefiretimeline.timeline.Proposal;
import org.ceasefiretimeline.timeline.ProposalRepository;
import org.ceasefiretimeline.timeline.ResponseRepository;
import org.ceasefiretimeline.timeline.RoundOutcome;
import org.ceasefiretimeline.timeline.RoundRepository;
import org.ceasefiretimeline.timeline.StoredArticle;
import org.ceasefiretimeline.timeline.StoredDateMention;
import org.ceasefiretimeline.timeline.TimelineEvent;
import org.ceasefiretimeline.timeline.TimelineEventRepository;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Stores one extracted article: the article (once, by content hash), its date mentions, its round
 * ({@link RoundAssigner}) and its events, merged with those other articles reported ({@link
 * EventMerger}).
 */
@Service
public class ImportService {

    private final ArticleRepository articles;
    private final RoundRepository rounds;
    private final DateMentionRepository mentions;
    private final TimelineEventRepository events;
    private final ProposalRepository proposals;
    private final ResponseRepository responses;
    private final RoundAssigner roundAssigner;
    private final EventMerger merger;
    private final ExtractionPipeline pipeline = new ExtractionPipeline();

    ImportService(
            ArticleRepository articles,
            RoundRepository rounds,
            DateMentionRepository mentions,
            TimelineEventRepository events,
            ProposalRepository proposals,
            ResponseRepository responses,
            RoundAssigner roundAssigner,
            EventMerger merger) {
        this.articles = articles;
        this.rounds = rounds;
        this.mentions = mentions;
        this.events = events;
        this.proposals = proposals;
        this.responses = responses;
        this.roundAssigner = roundAssigner;
        this.merger = merger;
    }

    /** Whether an article with this one's text is stored already (under any file name). */
    @Transactional(readOnly = true)
    public boolean isImported(Article article) {
        return articles.findByContentHash(ContentHash.of(article)).isPresent();
    }

    /**
     * @return false when the article's content was imported before (nothing changes then)
     */
    @Transactional
    public boolean importArticle(ArticleExtraction x) {
        var in = x.article();
        String hash = ContentHash.of(in);
        if (articles.findByContentHash(hash).isPresent()) {
            return false;
        }
        StoredArticle article =
                articles.save(
                        new StoredArticle(
                                hash,
                                in.file(),
                                in.title(),
                                in.publisher(),
                                in.url(),
                                in.published(),
                                in.publishedSource(),
                                in.publishedEvidence(),
                                in.timezone().getId(),
                                in.errors().isEmpty() ? null : String.join("\n", in.errors())));
        article.setBody(ArticleBody.encode(in.blocks()));
        Map<DateMention, StoredDateMention> saved = new IdentityHashMap<>();
        for (var m : x.mentions()) {
            saved.put(m, store(article, m));
        }
        NegotiationRound round = roundAssigner.assign(article, x);
        merger.store(article, round, saved, hash, x.events());
        return true;
    }

    /** An imported article's id and how many events it reports, merged ones included. */
    public record StoredCount(long articleId, int events) {}

    @Transactional(readOnly = true)
    public StoredCount storedCount(ArticleExtraction x) {
        StoredArticle article =
                articles.findByContentHash(ContentHash.of(x.article())).orElseThrow();
        return new StoredCount(article.getId(), events.findBySourceArticle(article).size());
    }

    private StoredDateMention store(StoredArticle article, DateMention m) {
        var r = m.resolution();
        return mentions.save(
                new StoredDateMention(
                        article,
                        m.sentence().text(),
                        m.sentence().line(),
                        m.sentence().caption(),
                        m.text(),
                        m.rule(),
                        r.start(),
                        r.end(),
                        r.precision(),
                        r.anchor(),
                        r.reason(),
                        m.confidence()));
    }

    /**
     * Reads an article again with a new publication day, as if it had been imported with it: its
     * dates are resolved against the day, its events re-dated (those an editor corrected keep
     * theirs), and an article that had no round, having had no day, is placed in one with its
     * events.
     *
     * @return how many events moved or were placed in a round
     */
    @Transactional
    public int redate(StoredArticle article, LocalDate day) {
        LocalDate oldDay = article.getPublished();
        boolean placed = article.getRound() != null;
        article.setPublished(day);
        ArticleExtraction x =
                pipeline.extract(
                        new Article(
                                article.getFileName(),
                                article.getTitle(),
                                article.getPublisher(),
                                article.getUrl(),
                                day,
                                article.getPublishedSource(),
                                article.getPublishedEvidence(),
                                ZoneId.of(article.getTimezone()),
                                ArticleBody.decode(article.getBody()),
                                List.of()));
        Map<DateMention, StoredDateMention> saved = reresolve(article, x.mentions());
        if (!placed) {
            return placeInRound(article, x, saved);
        }
        int moved = 0;
        for (TimelineEvent event : events.findBySourceArticle(article)) {
            if (event.isCorrected()) {
                continue;
            }
            LocalDateTime before = event.getStart();
            if (event.getDateMention() != null
                    && event.getDateMention().getArticle().getId().equals(article.getId())) {
                event.dateBy(event.getDateMention());
            } else if (event.isApproximate()
                    && before != null
                    && before.toLocalDate().equals(oldDay)) {
                event.date(
                        day.atStartOfDay(), day.atStartOfDay(), event.getPrecision(), null, true);
            }
            if (!Objects.equals(before, event.getStart())) {
                moved++;
            }
        }
        return moved;
    }

    /**
     * The stored mentions take the new readings of their phrases; a phrase read only now is stored
     * too.
     */
    private Map<DateMention, StoredDateMention> reresolve(
            StoredArticle article, List<DateMention> fresh) {
        List<StoredDateMention> stored = mentions.findByArticleOrderByIdAsc(article);
        Map<DateMention, StoredDateMention> saved = new IdentityHashMap<>();
        for (int i = 0; i < fresh.size(); i++) {
            DateMention m = fresh.get(i);
            var r = m.resolution();
            if (i < stored.size() && m.text().equals(stored.get(i).getPhrase())) {
                stored.get(i).reresolve(r.start(), r.end(), r.precision(), r.anchor(), r.reason());
                saved.put(m, stored.get(i));
            } else {
                saved.put(m, store(article, m));
            }
        }
        return saved;
    }

    /**
     * An article imported without a day has its events outside any round, merged with nothing: they
     * are stored again from the new reading, in its round and merged with the round's events, as at
     * an import with the day. Events an editor corrected stay as they are.
     */
    private int placeInRound(
            StoredArticle article, ArticleExtraction x, Map<DateMention, StoredDateMention> saved) {
        List<TimelineEvent> unplaced =
                events.findBySourceArticle(article).stream().filter(e -> !e.isCorrected()).toList();
        for (TimelineEvent event : unplaced) {
            responses.findByEvent(event).ifPresent(responses::delete);
        }
        List<Proposal> gone =
                unplaced.stream().flatMap(e -> proposals.findByEvent(e).stream()).toList();
        gone.forEach(p -> p.setAnswers(null));
        proposals.deleteAll(gone);
        events.deleteAll(unplaced);
        events.flush();
        NegotiationRound round = roundAssigner.assign(article, x);
        merger.store(article, round, saved, article.getContentHash(), x.events());
        summarizeOutcomes();
        return (int)
                events.findBySourceArticle(article).stream()
                        .filter(e -> e.getRound() != null)
                        .count();
    }

    /** Marks how the round ended where its events say so. */
    @Transactional
    public void summarizeOutcomes() {
        for (NegotiationRound round : rounds.findAll()) {
            round.setOutcome(RoundOutcome.of(events.findByRoundOrderByStartAscIdAsc(round)));
        }
    }
}
