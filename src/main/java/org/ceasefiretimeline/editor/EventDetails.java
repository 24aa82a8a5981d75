package org.ceasefiretimeline.editor;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.ceasefiretimeline.extract.EventType;
import org.ceasefiretimeline.reader.TimelineService;
import org.ceasefiretimeline.timeline.ArticleBody;
import org.ceasefiretimeline.timeline.ArticleRepository;
import org.ceasefiretimeline.timeline.DateMentionRepository;
import org.ceasefiretimeline.timeline.ProposalRepository;
import org.ceasefiretimeline.timeline.Response;
import org.ceasefiretimeline.timeline.ResponseRepository;
import org.ceasefiretimeline.timeline.RoundRepository;
import org.ceasefiretimeline.timeline.StoredDateMention;
import org.ceasefiretimeline.timeline.TimelineEvent;
import org.ceasefiretimeline.timeline.TimelineEventRepository;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The editor's reads: an event with everything needed to correct it, and an article's facts. */
@Service
@Transactional(readOnly = true)
public class EventDetails {

    private final TimelineService timeline;
    private final TimelineEventRepository events;
    private final ProposalRepository proposals;
    private final ResponseRepository responses;
    private final RoundRepository rounds;
    private final ArticleRepository articles;
    private final DateMentionRepository mentions;

    EventDetails(
            TimelineService timeline,
            TimelineEventRepository events,
            ProposalRepository proposals,
            ResponseRepository responses,
            RoundRepository rounds,
            ArticleRepository articles,
            DateMentionRepository mentions) {
        this.timeline = timeline;
        this.mentions = mentions;
        this.events = events;
        this.proposals = proposals;
        this.responses = responses;
        this.rounds = rounds;
        this.articles = articles;
    }

    public record ArticleInfo(
            long id,
            String file,
            String title,
            String publisher,
            String url,
            LocalDate published,
            String publishedSource,
            String evidence,
            String problems) {}

    public Optional<ArticleInfo> article(long id) {
        return articles.findById(id)
                .map(
                        a ->
                                new ArticleInfo(
                                        a.getId(),
                                        a.getFileName(),
                                        a.getTitle(),
                                        a.getPublisher(),
                                        a.getUrl(),
                                        a.getPublished(),
                                        a.getPublishedSource().name(),
                                        a.getPublishedEvidence(),
                                        a.getProblems()));
    }

    /** The article's text with its date phrases, each with the event it dates. */
    public Optional<ArticleText> articleText(long id) {
        return articles.findById(id)
                .map(
                        a -> {
                            Map<Long, Long> eventByMention = new HashMap<>();
                            for (TimelineEvent e : events.findBySourceArticle(a)) {
                                if (e.getDateMention() != null) {
                                    eventByMention.put(e.getDateMention().getId(), e.getId());
                                }
                                e.getSources().stream()
                                        .filter(
                                                s ->
                                                        s.getArticle() == a
                                                                && s.getDateMention() != null)
                                        .forEach(
                                                s ->
                                                        eventByMention.putIfAbsent(
                                                                s.getDateMention().getId(),
                                                                e.getId()));
                            }
                            return ArticleText.of(
                                    ArticleBody.decode(a.getBody()),
                                    mentions.findByArticleOrderByIdAsc(a),
                                    eventByMention);
                        });
    }

    /** Everything the editor needs to correct one event. */
    public Optional<EventDetail> detail(long eventId) {
        return events.findById(eventId)
                .map(
                        e -> {
                            var view = timeline.event(eventId).orElseThrow();
                            Long answers =
                                    e.getType() == EventType.RESPONSE
                                            ? responses
                                                    .findByEvent(e)
                                                    .map(Response::getProposal)
                                                    .map(p -> p.getEvent().getId())
                                                    .orElse(null)
                                            : null;
                            List<EventDetail.Source> sources =
                                    e.getSources().stream()
                                            .map(
                                                    s -> {
                                                        StoredDateMention m = s.getDateMention();
                                                        return new EventDetail.Source(
                                                                s.getArticle().getId(),
                                                                s.getArticle().getFileName(),
                                                                s.getArticle().getPublisher(),
                                                                s.getSentence(),
                                                                m == null ? null : m.getPhrase(),
                                                                m == null
                                                                        ? -1
                                                                        : s.getSentence()
                                                                                .indexOf(
                                                                                        m
                                                                                                .getPhrase()),
                                                                m == null ? null : m.getAnchor(),
                                                                m == null
                                                                        ? "no date in this sentence: placed on the article's publication day"
                                                                        : m.getReason(),
                                                                m == null ? 0 : m.getConfidence());
                                                    })
                                            .toList();
                            List<EventDetail.Choice> proposalChoices =
                                    e.getRound() == null
                                            ? List.of()
                                            : proposals.findByEventRound(e.getRound()).stream()
                                                    .map(
                                                            p ->
                                                                    new EventDetail.Choice(
                                                                            p.getEvent()
                                                                                    .getId()
                                                                                    .toString(),
                                                                            EventLabelsText.of(p)))
                                                    .toList();
                            List<EventDetail.Choice> roundChoices =
                                    rounds.findAllByOrderByStartDayDesc().stream()
                                            .map(
                                                    r ->
                                                            new EventDetail.Choice(
                                                                    r.getSlug(), r.getName()))
                                            .toList();
                            return new EventDetail(
                                    view,
                                    e.getVersion(),
                                    e.isCorrected(),
                                    answers,
                                    sources,
                                    proposalChoices,
                                    roundChoices);
                        });
    }
}
