package org.ceasefiretimeline.timeline;

import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;

public interface ArticleRepository extends JpaRepository<Article, Long> {

    Optional<Article> findByContentHash(String contentHash);

    List<Article> findByRoundOrderByPublishedAsc(NegotiationRound round);
}
