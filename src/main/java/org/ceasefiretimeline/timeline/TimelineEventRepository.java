package org.ceasefiretimeline.timeline;

import java.util.List;
import java.util.Optional;

import org.ceasefiretimeline.extract.EventType;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.JpaSpecificationExecutor;

public interface TimelineEventRepository extends JpaRepository<TimelineEvent, Long>, JpaSpecificationExecutor<TimelineEvent> {

    Optional<TimelineEvent> findByStableKey(String stableKey);

    List<TimelineEvent> findByRoundOrderByStartAscIdAsc(NegotiationRound round);

    List<TimelineEvent> findByRoundAndType(NegotiationRound round, EventType type);

    long countByRound(NegotiationRound round);

    long countByRoundAndTypeIn(NegotiationRound round, List<EventType> types);
}
