package org.ceasefiretimeline.timeline;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

public interface ResponseRepository extends JpaRepository<Response, Long> {

    Optional<Response> findByEvent(TimelineEvent event);

    List<Response> findByProposal(Proposal proposal);
}
