package org.ceasefiretimeline.timeline;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

public interface DateMentionRepository extends JpaRepository<StoredDateMention, Long> {

    List<StoredDateMention> findByArticle(StoredArticle article);
}
