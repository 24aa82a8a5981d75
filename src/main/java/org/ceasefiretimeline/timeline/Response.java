package org.ceasefiretimeline.timeline;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.OneToOne;

/** A party's answer to a proposal; its stance and date are those of its event. */
@Entity
public class Response {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @OneToOne(optional = false)
    @JoinColumn(name = "event_id")
    private TimelineEvent event;

    @ManyToOne
    @JoinColumn(name = "proposal_id")
    private Proposal proposal;

    @ManyToOne(optional = false)
    @JoinColumn(name = "party_id")
    private Actor party;

    protected Response() {}

    public Response(TimelineEvent event, Proposal proposal, Actor party) {
        this.event = event;
        this.proposal = proposal;
        this.party = party;
    }

    public Long getId() {
        return id;
    }

    public TimelineEvent getEvent() {
        return event;
    }

    public Proposal getProposal() {
        return proposal;
    }

    public void setProposal(Proposal proposal) {
        this.proposal = proposal;
    }

    public Actor getParty() {
        return party;
    }
}
