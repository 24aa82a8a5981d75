package org.ceasefiretimeline.importing;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Comparator;
import java.util.Objects;
import org.ceasefiretimeline.extract.ActorRole;
import org.ceasefiretimeline.extract.ArticleExtraction;
import org.ceasefiretimeline.timeline.Actor;
import org.ceasefiretimeline.timeline.ArticleRepository;
import org.ceasefiretimeline.timeline.NegotiationRound;
import org.ceasefiretimeline.timeline.RoundRepository;
import org.ceasefiretimeline.timeline.RoundSlugs;
import org.ceasefiretimeline.timeline.StoredArticle;
import org.springframework.stereotype.Component;

/**
 * Puts an article in its round: the round of the same counterpart whose span is near its
 * publication day, or a new one; widens the round's span, adds its parties and mediators and
 * derives its name.
 */
@Component
class RoundAssigner {

    /** Articles about the same counterpart less than this many days apart belong to one round. */
    static final int ROUND_GAP_DAYS = 30;

    /**
     * Event days this long before publication still widen the round (not background like "in
     * 2014").
     */
    private static final int ROUND_REACH_DAYS = 45;

    /**
     * Event days this long after publication widen the round too: what the article says is
     * scheduled (talks on Thursday, a truce ending next week). Further ahead is not this round's.
     */
    private static final int SCHEDULED_REACH_DAYS = 30;

    private final ArticleRepository articles;
    private final RoundRepository rounds;
    private final Actors actors;
    private final RoundSlugs slugs;

    RoundAssigner(
            ArticleRepository articles, RoundRepository rounds, Actors actors, RoundSlugs slugs) {
        this.articles = articles;
        this.rounds = rounds;
        this.actors = actors;
        this.slugs = slugs;
    }

    /**
     * @return the article's round, or null when it has no publication day or no counterpart
     */
    NegotiationRound assign(StoredArticle article, ArticleExtraction x) {
        LocalDate published = article.getPublished();
        if (x.focalGroup() == null || published == null) {
            return null;
        }
        Actor counterpart = actors.named(x.focalGroup());
        NegotiationRound round =
                // near two rounds (one widened towards the other): the one made first, whatever
                // order the database returns them in (PostgreSQL's changes with every update)
                rounds.findByCounterpart(counterpart).stream()
                        .filter(
                                r ->
                                        r.getStartDay() != null
                                                && !published.isBefore(
                                                        r.getStartDay().minusDays(ROUND_GAP_DAYS))
                                                && !published.isAfter(
                                                        r.getEndDay().plusDays(ROUND_GAP_DAYS)))
                        .min(Comparator.comparing(NegotiationRound::getId))
                        .orElseGet(
                                () ->
                                        rounds.save(
                                                new NegotiationRound(
                                                        uniqueSlug(
                                                                published, counterpart.getName()),
                                                        counterpart.getName(),
                                                        counterpart)));
        round.cover(published);
        x.events().stream()
                .map(e -> e.date() == null ? null : e.date().resolution().start().toLocalDate())
                .filter(Objects::nonNull)
                .filter(d -> withinReach(d, published))
                .forEach(round::cover);
        article.setRound(round);
        round.addActor(actors.named("Israel"), ActorRole.PARTY);
        round.addActor(counterpart, ActorRole.PARTY);
        x.mediators().forEach(m -> round.addActor(actors.named(m), ActorRole.MEDIATOR));
        if (round.getOperation() == null) {
            round.setOperation(x.operation());
        }
        LocalDate firstReport =
                articles.findByRoundOrderByPublishedAsc(round).stream()
                        .map(StoredArticle::getPublished)
                        .filter(Objects::nonNull)
                        .filter(d -> d.isBefore(published))
                        .findFirst()
                        .orElse(published);
        round.deriveName(
                RoundNamer.name(
                        firstReport,
                        counterpart.getName(),
                        round.actors(ActorRole.MEDIATOR).stream().map(Actor::getName).toList(),
                        round.getOperation()));
        return round;
    }

    /** Whether an event on {@code day} belongs to the round of an article of {@code published}. */
    static boolean withinReach(LocalDate day, LocalDate published) {
        long daysBefore = ChronoUnit.DAYS.between(day, published);
        return daysBefore <= ROUND_REACH_DAYS && -daysBefore <= SCHEDULED_REACH_DAYS;
    }

    private String uniqueSlug(LocalDate day, String counterpart) {
        String base = RoundNamer.slug(day, counterpart);
        String slug = base;
        for (int n = 2; slugs.taken(slug); n++) {
            slug = base + "-" + n;
        }
        return slug;
    }
}
