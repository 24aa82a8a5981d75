package org.ceasefiretimeline.timeline;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

public interface RoundMergeRepository extends JpaRepository<RoundMerge, Long> {

    List<RoundMerge> findAllByOrderByMergedAtDescIdDesc();
}
