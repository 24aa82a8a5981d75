package org.ceasefiretimeline.timeline;

import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;

public interface DateMentionRepository extends JpaRepository<DateMention, Long> {

    List<DateMention> findByArticle(Article article);
}
