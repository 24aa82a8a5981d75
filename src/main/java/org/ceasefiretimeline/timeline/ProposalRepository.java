package org.ceasefiretimeline.timeline;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

public interface ProposalRepository extends JpaRepository<Proposal, Long> {

    Optional<Proposal> findByEvent(TimelineEvent event);

    List<Proposal> findByEventRound(NegotiationRound round);
}
