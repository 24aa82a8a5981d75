package org.ceasefiretimeline.editor;

import jakarta.persistence.EntityManager;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import org.ceasefiretimeline.extract.ActorRole;
import org.ceasefiretimeline.timeline.ArticleRepository;
import org.ceasefiretimeline.timeline.NegotiationRound;
import org.ceasefiretimeline.timeline.RoundRepository;
import org.ceasefiretimeline.timeline.StoredArticle;
import org.ceasefiretimeline.timeline.TimelineEvent;
import org.ceasefiretimeline.timeline.TimelineEventRepository;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Editors' work on rounds: rename, merge two into one, split one at a day. */
@Service
@Transactional
public class RoundEditing {

    private final RoundRepository rounds;
    private final TimelineEventRepository events;
    private final ArticleRepository articles;
    private final EntityManager entityManager;

    RoundEditing(
            RoundRepository rounds,
            TimelineEventRepository events,
            ArticleRepository articles,
            EntityManager entityManager) {
        this.rounds = rounds;
        this.events = events;
        this.articles = articles;
        this.entityManager = entityManager;
    }

    public void rename(String slug, String name) {
        if (name == null || name.isBlank()) {
            throw new IllegalArgumentException("A round needs a name");
        }
        round(slug).rename(name.strip());
    }

    /** Moves everything of {@code from} into {@code into} and removes {@code from}. */
    public void merge(String into, String from) {
        if (Objects.equals(into, from)) {
            throw new IllegalArgumentException("Choose two different rounds to merge");
        }
        NegotiationRound target = round(into);
        NegotiationRound source = round(from);
        for (TimelineEvent event : events.findByRoundOrderByStartAscIdAsc(source)) {
            event.setRound(target);
            if (event.getStart() != null) {
                target.cover(event.getStart().toLocalDate());
            }
        }
        for (StoredArticle article : articles.findByRoundOrderByPublishedAsc(source)) {
            article.setRound(target);
            target.cover(article.getPublished());
        }
        for (ActorRole role : ActorRole.values()) {
            source.actors(role).forEach(a -> target.addActor(a, role));
        }
        entityManager.flush();
        rounds.delete(source);
    }

    /** Moves the events from {@code day} on into a new round, and returns its slug. */
    public String split(String slug, LocalDate day) {
        NegotiationRound source = round(slug);
        List<TimelineEvent> later =
                events.findByRoundOrderByStartAscIdAsc(source).stream()
                        .filter(
                                e ->
                                        e.getStart() != null
                                                && !e.getStart().toLocalDate().isBefore(day))
                        .toList();
        if (later.isEmpty() || later.size() == events.countByRound(source)) {
            throw new IllegalArgumentException(
                    "Splitting at " + day + " would leave one of the rounds empty");
        }
        String newSlug = slug + "-from-" + day;
        NegotiationRound target =
                rounds.save(
                        new NegotiationRound(
                                newSlug,
                                source.getName() + " (from " + day + ")",
                                source.getCounterpart()));
        for (ActorRole role : ActorRole.values()) {
            source.actors(role).forEach(a -> target.addActor(a, role));
        }
        later.forEach(
                e -> {
                    e.setRound(target);
                    target.cover(e.getStart().toLocalDate());
                });
        source.uncover();
        events.findByRoundOrderByStartAscIdAsc(source).stream()
                .filter(e -> e.getStart() != null && !later.contains(e))
                .forEach(e -> source.cover(e.getStart().toLocalDate()));
        return newSlug;
    }

    private NegotiationRound round(String slug) {
        return rounds.findBySlug(slug)
                .orElseThrow(() -> new IllegalArgumentException("No round " + slug));
    }
}
