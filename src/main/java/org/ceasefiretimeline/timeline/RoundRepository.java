package org.ceasefiretimeline.timeline;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

public interface RoundRepository extends JpaRepository<NegotiationRound, Long> {

    Optional<NegotiationRound> findBySlug(String slug);

    List<NegotiationRound> findByCounterpart(Actor counterpart);

    List<NegotiationRound> findAllByOrderByStartDayDesc();
}
