package org.ceasefiretimeline.editor;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;
import org.ceasefiretimeline.extract.ReviewThreshold;
import org.ceasefiretimeline.ingest.PublicationSource;
import org.ceasefiretimeline.timeline.ArticleRepository;
import org.ceasefiretimeline.timeline.EventSource;
import org.ceasefiretimeline.timeline.StoredDateMention;
import org.ceasefiretimeline.timeline.TimelineEvent;
import org.ceasefiretimeline.timeline.TimelineEventRepository;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * What most needs an editor, most urgent first: articles whose publication day is unknown, then
 * unverified events whose date is doubtful (low confidence, after their article's publication, or
 * disputed by sources).
 */
@Service
@Transactional(readOnly = true)
public class ReviewQueue {

    /**
     * Mentions below this confidence are worth a look: anaphoric and Natty readings, vague spans.
     */
    /**
     * Below this a date goes to the queue: the threshold chosen with the fitted confidence model.
     */
    static final double LOW_CONFIDENCE = ReviewThreshold.VALUE;

    public enum Why {
        LOW_CONFIDENCE("Low-confidence date"),
        AFTER_PUBLICATION("Dated after its article was published"),
        SOURCES_DISAGREE("Sources disagree about the date");

        public final String label;

        Why(String label) {
            this.label = label;
        }
    }

    public record ArticleIssue(long articleId, String file, String title, String problem) {}

    public record Item(long eventId, String roundSlug, Why why, String detail, String summary) {}

    public record Queue(List<ArticleIssue> unknownDays, List<Item> events) {

        public long count(Why why) {
            return events.stream().filter(i -> i.why() == why).count();
        }
    }

    private final ArticleRepository articles;
    private final TimelineEventRepository events;

    ReviewQueue(ArticleRepository articles, TimelineEventRepository events) {
        this.articles = articles;
        this.events = events;
    }

    public Queue current() {
        List<ArticleIssue> unknown =
                articles.findAll().stream()
                        .filter(
                                a ->
                                        a.getPublished() == null
                                                || a.getPublishedSource()
                                                        == PublicationSource.UNKNOWN)
                        .map(
                                a ->
                                        new ArticleIssue(
                                                a.getId(),
                                                a.getFileName(),
                                                a.getTitle(),
                                                "publication day unknown"))
                        .toList();
        List<Item> items = new ArrayList<>();
        for (TimelineEvent e : events.findAll()) {
            if (e.isVerified() || e.isCorrected()) {
                continue;
            }
            String slug = e.getRound() == null ? null : e.getRound().getSlug();
            Set<LocalDate> days =
                    e.getSources().stream()
                            .map(EventSource::getDateMention)
                            .filter(Objects::nonNull)
                            .map(StoredDateMention::getStart)
                            .filter(Objects::nonNull)
                            .map(d -> d.toLocalDate())
                            .collect(Collectors.toSet());
            if (days.size() > 1) {
                items.add(
                        new Item(
                                e.getId(),
                                slug,
                                Why.SOURCES_DISAGREE,
                                days.stream()
                                        .sorted()
                                        .map(LocalDate::toString)
                                        .collect(Collectors.joining(" vs ")),
                                e.getSummary()));
            }
            LocalDate latestPublication =
                    e.getSources().stream()
                            .map(s -> s.getArticle().getPublished())
                            .filter(Objects::nonNull)
                            .max(Comparator.naturalOrder())
                            .orElse(null);
            if (e.getStart() != null
                    && latestPublication != null
                    && e.getStart().toLocalDate().isAfter(latestPublication)) {
                items.add(
                        new Item(
                                e.getId(),
                                slug,
                                Why.AFTER_PUBLICATION,
                                e.getStart().toLocalDate() + " > published " + latestPublication,
                                e.getSummary()));
            }
            StoredDateMention mention = e.getDateMention();
            if (mention != null && mention.getConfidence() < LOW_CONFIDENCE) {
                items.add(
                        new Item(
                                e.getId(),
                                slug,
                                Why.LOW_CONFIDENCE,
                                "“"
                                        + mention.getPhrase()
                                        + "” "
                                        + Math.round(mention.getConfidence() * 100)
                                        + "%",
                                e.getSummary()));
            }
        }
        items.sort(
                Comparator.comparing(Item::why, Comparator.comparingInt(Why::ordinal).reversed()));
        return new Queue(unknown, items);
    }
}
