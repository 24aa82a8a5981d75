package org.ceasefiretimeline.timeline;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

public interface ArticleRepository extends JpaRepository<StoredArticle, Long> {

    Optional<StoredArticle> findByContentHash(String contentHash);

    List<StoredArticle> findByRoundOrderByPublishedAsc(NegotiationRound round);
}
