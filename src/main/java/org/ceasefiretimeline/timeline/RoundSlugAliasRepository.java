package org.ceasefiretimeline.timeline;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

public interface RoundSlugAliasRepository extends JpaRepository<RoundSlugAlias, String> {

    List<RoundSlugAlias> findByMerge(RoundMerge merge);
}
