package org.ceasefiretimeline.timeline;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.ceasefiretimeline.extract.EventType;
import org.springframework.data.jpa.repository.EntityGraph;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.JpaSpecificationExecutor;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

public interface TimelineEventRepository
        extends JpaRepository<TimelineEvent, Long>, JpaSpecificationExecutor<TimelineEvent> {

    Optional<TimelineEvent> findByStableKey(String stableKey);

    List<TimelineEvent> findByRoundOrderByStartAscIdAsc(NegotiationRound round);

    List<TimelineEvent> findByRoundAndType(NegotiationRound round, EventType type);

    /** The events one article reports, whatever their round. */
    @Query("select distinct s.event from EventSource s where s.article = :article")
    List<TimelineEvent> findBySourceArticle(@Param("article") StoredArticle article);

    long countByRound(NegotiationRound round);

    long countByRoundAndTypeIn(NegotiationRound round, Collection<EventType> types);

    /**
     * Events with everything a reader's row shows, in one query: actors, round, and each source
     * with its article and date mention (instead of one query per event and association).
     */
    @EntityGraph(
            attributePaths = {
                "round",
                "dateMention",
                "actors",
                "sources",
                "sources.article",
                "sources.dateMention"
            })
    @Query("select e from TimelineEvent e where e.id in :ids")
    List<TimelineEvent> findForReading(@Param("ids") Collection<Long> ids);

    /** The proposals that are these events, with their mediators, in one query. */
    @Query(
            "select distinct p from Proposal p left join fetch p.mediators where p.event.id in :eventIds")
    List<Proposal> findProposalsOf(@Param("eventIds") Collection<Long> eventIds);

    /**
     * For each of these events that is a response: its event id and the id of the proposal it
     * answers, or null.
     */
    @Query(
            "select r.event.id, p.id from Response r left join r.proposal p where r.event.id in :eventIds")
    List<Object[]> findAnsweredProposalIds(@Param("eventIds") Collection<Long> eventIds);

    /**
     * For these events, each editor's correction as (event id, reason), newest first: Envers'
     * revisions in which the event was corrected and the editor gave a reason.
     */
    @Query(
            value =
                    "select a.id, r.reason from timeline_event_aud a join revinfo r on r.rev = a.rev"
                            + " where a.id in (:ids) and a.corrected = true and r.reason is not null"
                            + " order by r.rev desc",
            nativeQuery = true)
    List<Object[]> findCorrectionReasons(@Param("ids") Collection<Long> ids);
}
