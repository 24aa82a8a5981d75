package org.ceasefiretimeline.timeline;

import java.util.List;
import java.util.Optional;

import org.ceasefiretimeline.extract.EventType;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;

public interface TimelineEventRepository extends JpaRepository<TimelineEvent, Long> {

    Optional<TimelineEvent> findByStableKey(String stableKey);

    List<TimelineEvent> findByRoundOrderByStartAscIdAsc(NegotiationRound round);

    List<TimelineEvent> findByRoundAndType(NegotiationRound round, EventType type);

    List<TimelineEvent> findAllByOrderByStartDescIdDesc(Pageable page);

    long countByRound(NegotiationRound round);

    long countByRoundAndTypeIn(NegotiationRound round, List<EventType> types);
}
