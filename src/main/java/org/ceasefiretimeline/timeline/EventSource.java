package org.ceasefiretimeline.timeline;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;

/**
 * One article's sentence that reports an event, with the date mention that dated it there, if any.
 */
@Entity
@Table(name = "event_source")
public class EventSource {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(optional = false)
    @JoinColumn(name = "event_id")
    private TimelineEvent event;

    @ManyToOne(optional = false)
    @JoinColumn(name = "article_id")
    private StoredArticle article;

    @Column(nullable = false)
    private String sentence;

    @Column(nullable = false)
    private int line;

    @ManyToOne
    @JoinColumn(name = "date_mention_id")
    private StoredDateMention dateMention;

    protected EventSource() {}

    EventSource(
            TimelineEvent event,
            StoredArticle article,
            String sentence,
            int line,
            StoredDateMention dateMention) {
        this.event = event;
        this.article = article;
        this.sentence = sentence;
        this.line = line;
        this.dateMention = dateMention;
    }

    public Long getId() {
        return id;
    }

    public TimelineEvent getEvent() {
        return event;
    }

    public StoredArticle getArticle() {
        return article;
    }

    public String getSentence() {
        return sentence;
    }

    public int getLine() {
        return line;
    }

    public StoredDateMention getDateMention() {
        return dateMention;
    }
}
