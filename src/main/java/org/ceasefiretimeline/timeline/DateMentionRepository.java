package org.ceasefiretimeline.timeline;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

public interface DateMentionRepository extends JpaRepository<StoredDateMention, Long> {

    /**
     * An article's mentions in the order they were stored: the order the extraction found them in.
     */
    List<StoredDateMention> findByArticleOrderByIdAsc(StoredArticle article);
}
