package org.ceasefiretimeline.timeline;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;

/**
 * A slug that no longer names a round of its own: that of a round merged into another, pointing at
 * the slug it was merged into. Slugs, not round ids, so that a later merge of the kept round, or
 * its undoing, needs no rewrite here.
 */
@Entity
@Table(name = "round_slug_alias")
public class RoundSlugAlias {

    @Id private String slug;

    @Column(name = "target_slug", nullable = false)
    private String targetSlug;

    @ManyToOne(optional = false)
    @JoinColumn(name = "merge_id")
    private RoundMerge merge;

    protected RoundSlugAlias() {}

    public RoundSlugAlias(String slug, String targetSlug, RoundMerge merge) {
        this.slug = slug;
        this.targetSlug = targetSlug;
        this.merge = merge;
    }

    public String getSlug() {
        return slug;
    }

    public String getTargetSlug() {
        return targetSlug;
    }

    public RoundMerge getMerge() {
        return merge;
    }
}
