package org.ceasefiretimeline.timeline;

import java.util.HashSet;
import java.util.Optional;
import java.util.Set;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Which round a slug names today: its own, or, for the slug of a round merged away, the round that
 * holds its events now (following later merges). For every page or API that takes a round's slug:
 * answer an old slug with a permanent redirect to {@link #currentSlug}, an unknown one with 404.
 */
@Component
@Transactional(readOnly = true)
public class RoundSlugs {

    private final RoundRepository rounds;
    private final RoundSlugAliasRepository aliases;

    RoundSlugs(RoundRepository rounds, RoundSlugAliasRepository aliases) {
        this.rounds = rounds;
        this.aliases = aliases;
    }

    /**
     * @return the slug of the round {@code slug} names now: {@code slug} itself for a round's own
     *     slug, the kept round's for a merged one, empty when no round ever had it
     */
    public Optional<String> currentSlug(String slug) {
        return current(slug).map(NegotiationRound::getSlug);
    }

    /** The round {@code slug} names now, by its own slug or an old one. */
    public Optional<NegotiationRound> current(String slug) {
        Set<String> seen = new HashSet<>();
        String at = slug;
        while (at != null && seen.add(at)) {
            Optional<NegotiationRound> round = rounds.findBySlug(at);
            if (round.isPresent()) {
                return round;
            }
            at = aliases.findById(at).map(RoundSlugAlias::getTargetSlug).orElse(null);
        }
        return Optional.empty();
    }

    /**
     * Whether {@code slug} is taken, by a round or as an old slug, so a new round needs another.
     */
    public boolean taken(String slug) {
        return rounds.findBySlug(slug).isPresent() || aliases.existsById(slug);
    }
}
