package org.ceasefiretimeline.editor;

import jakarta.persistence.EntityManager;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import org.ceasefiretimeline.extract.ActorRole;
import org.ceasefiretimeline.importing.RoundNamer;
import org.ceasefiretimeline.timeline.Actor;
import org.ceasefiretimeline.timeline.ArticleRepository;
import org.ceasefiretimeline.timeline.NegotiationRound;
import org.ceasefiretimeline.timeline.RoundMerge;
import org.ceasefiretimeline.timeline.RoundMergeRepository;
import org.ceasefiretimeline.timeline.RoundOutcome;
import org.ceasefiretimeline.timeline.RoundRepository;
import org.ceasefiretimeline.timeline.RoundSlugAlias;
import org.ceasefiretimeline.timeline.RoundSlugAliasRepository;
import org.ceasefiretimeline.timeline.RoundSlugs;
import org.ceasefiretimeline.timeline.StoredArticle;
import org.ceasefiretimeline.timeline.TimelineEvent;
import org.ceasefiretimeline.timeline.TimelineEventRepository;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Editors' work on rounds: rename, merge two into one (with a reason, kept in the merge history,
 * and undoable), split one at a day.
 */
@Service
@Transactional
public class RoundEditing {

    private final RoundRepository rounds;
    private final TimelineEventRepository events;
    private final ArticleRepository articles;
    private final RoundMergeRepository merges;
    private final RoundSlugAliasRepository aliases;
    private final RoundSlugs slugs;
    private final EntityManager entityManager;
    private final Clock clock;

    @Autowired
    RoundEditing(
            RoundRepository rounds,
            TimelineEventRepository events,
            ArticleRepository articles,
            RoundMergeRepository merges,
            RoundSlugAliasRepository aliases,
            RoundSlugs slugs,
            EntityManager entityManager) {
        this(rounds, events, articles, merges, aliases, slugs, entityManager, Clock.systemUTC());
    }

    RoundEditing(
            RoundRepository rounds,
            TimelineEventRepository events,
            ArticleRepository articles,
            RoundMergeRepository merges,
            RoundSlugAliasRepository aliases,
            RoundSlugs slugs,
            EntityManager entityManager,
            Clock clock) {
        this.rounds = rounds;
        this.events = events;
        this.articles = articles;
        this.merges = merges;
        this.aliases = aliases;
        this.slugs = slugs;
        this.entityManager = entityManager;
        this.clock = clock;
    }

    public void rename(String slug, String name) {
        if (name == null || name.isBlank()) {
            throw new IllegalArgumentException("A round needs a name");
        }
        round(slug).rename(name.strip());
    }

    /**
     * Moves everything of {@code from} into {@code into} and removes {@code from}, noting what it
     * moved so that {@link #undoMerge} can put it back; {@code from}'s slug then leads to {@code
     * into}.
     *
     * @return the merge, as the history lists it
     */
    public RoundMerge merge(String into, String from, String reason, String editor) {
        String why = requireReason(reason);
        if (Objects.equals(into, from)) {
            throw new IllegalArgumentException("Choose two different rounds to merge");
        }
        NegotiationRound target = round(into);
        NegotiationRound source = round(from);
        RoundMerge merge =
                merges.save(new RoundMerge(target, source, why, editor, clock.instant()));
        for (TimelineEvent event : events.findByRoundOrderByStartAscIdAsc(source)) {
            event.setRound(target);
            merge.movedEvent(event);
            if (event.getStart() != null) {
                target.cover(event.getStart().toLocalDate());
            }
        }
        for (StoredArticle article : articles.findByRoundOrderByPublishedAsc(source)) {
            article.setRound(target);
            merge.movedArticle(article);
            target.cover(article.getPublished());
        }
        target.cover(source.getStartDay());
        target.cover(source.getEndDay());
        source.getActors().forEach(a -> target.addActor(a.getActor(), a.getRole()));
        entityManager.flush();
        String outcome = RoundOutcome.of(events.findByRoundOrderByStartAscIdAsc(target));
        target.setOutcome(
                outcome != null
                        ? outcome
                        : target.getOutcome() != null ? target.getOutcome() : source.getOutcome());
        rounds.delete(source);
        entityManager.flush();
        aliases.save(new RoundSlugAlias(source.getSlug(), target.getSlug(), merge));
        return merge;
    }

    /**
     * Puts a merged round back as it was, with the events and articles the merge moved, and gives
     * the kept round back its span, outcome and actors; its slug is its own again.
     */
    public NegotiationRound undoMerge(long mergeId, String editor) {
        RoundMerge merge =
                merges.findById(mergeId)
                        .orElseThrow(() -> new IllegalArgumentException("No merge " + mergeId));
        if (merge.isUndone()) {
            throw new IllegalArgumentException("This merge was undone already");
        }
        NegotiationRound kept =
                rounds.findBySlug(merge.getKeptSlug())
                        .orElseThrow(
                                () ->
                                        new IllegalArgumentException(
                                                "The round kept by this merge was itself merged"
                                                        + " into "
                                                        + slugs.current(merge.getKeptSlug())
                                                                .map(NegotiationRound::getName)
                                                                .orElse("another")
                                                        + ": undo that merge first"));
        aliases.findByMerge(merge).forEach(aliases::delete);
        entityManager.flush();
        NegotiationRound restored = rounds.save(merge.recreateMerged());
        events.findAllById(merge.getEventIds()).stream()
                .filter(e -> e.getRound() == kept)
                .forEach(e -> e.setRound(restored));
        articles.findAllById(merge.getArticleIds()).stream()
                .filter(a -> a.getRound() == kept)
                .forEach(a -> a.setRound(restored));
        entityManager.flush();
        merge.restoreKept(kept, articles.findByRoundOrderByPublishedAsc(kept));
        merge.undone(clock.instant());
        return restored;
    }

    /** Every merge, newest first, undone ones included. */
    @Transactional(readOnly = true)
    public List<RoundMerge> merges() {
        return merges.findAllByOrderByMergedAtDescIdDesc();
    }

    /**
     * Moves the events from {@code day} on into a new round named, like an imported one, for its
     * first day, and returns its slug.
     */
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
        LocalDate first = later.get(0).getStart().toLocalDate();
        String counterpart =
                source.getCounterpart() == null ? "others" : source.getCounterpart().getName();
        NegotiationRound target =
                rounds.save(
                        new NegotiationRound(
                                uniqueSlug(RoundNamer.slug(first, counterpart)),
                                splitName(source, first, counterpart),
                                source.getCounterpart()));
        target.setOperation(source.getOperation());
        source.getActors().forEach(a -> target.addActor(a.getActor(), a.getRole()));
        later.forEach(
                e -> {
                    e.setRound(target);
                    target.cover(e.getStart().toLocalDate());
                });
        for (StoredArticle article : articles.findByRoundOrderByPublishedAsc(source)) {
            if (article.getPublished() != null && !article.getPublished().isBefore(day)) {
                article.setRound(target);
                target.cover(article.getPublished());
            }
        }
        source.uncover();
        events.findByRoundOrderByStartAscIdAsc(source).stream()
                .filter(e -> e.getStart() != null && !later.contains(e))
                .forEach(e -> source.cover(e.getStart().toLocalDate()));
        articles.findByRoundOrderByPublishedAsc(source)
                .forEach(a -> source.cover(a.getPublished()));
        entityManager.flush();
        source.setOutcome(RoundOutcome.of(events.findByRoundOrderByStartAscIdAsc(source)));
        target.setOutcome(RoundOutcome.of(events.findByRoundOrderByStartAscIdAsc(target)));
        return target.getSlug();
    }

    /**
     * The name an import would give a round starting on {@code first}; with the day in front when
     * that is the name the split round has already ("16 January 2025: Israel and Hamas, …").
     */
    private static String splitName(NegotiationRound source, LocalDate first, String counterpart) {
        List<String> mediators =
                source.actors(ActorRole.MEDIATOR).stream().map(Actor::getName).toList();
        String name = RoundNamer.name(first, counterpart, mediators, source.getOperation());
        return name.equals(source.getName()) ? first.getDayOfMonth() + " " + name : name;
    }

    private String uniqueSlug(String base) {
        String slug = base;
        for (int n = 2; slugs.taken(slug); n++) {
            slug = base + "-" + n;
        }
        return slug;
    }

    private NegotiationRound round(String slug) {
        return rounds.findBySlug(slug)
                .orElseThrow(() -> new IllegalArgumentException("No round " + slug));
    }

    private static String requireReason(String reason) {
        if (reason == null || reason.isBlank()) {
            throw new IllegalArgumentException("Give a short reason for the merge");
        }
        return reason.strip();
    }
}
