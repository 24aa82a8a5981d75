package org.ceasefiretimeline.timeline;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.time.LocalDateTime;
import org.ceasefiretimeline.extract.Precision;

/**
 * A date mention as stored, from {@link org.ceasefiretimeline.extract.DateMention}: the phrase, its
 * sentence, what it was resolved against, how and how surely.
 */
@Entity
@Table(name = "date_mention")
public class StoredDateMention {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(optional = false)
    @JoinColumn(name = "article_id")
    private StoredArticle article;

    @Column(nullable = false)
    private String sentence;

    @Column(nullable = false)
    private int line;

    @Column(nullable = false)
    private boolean caption;

    @Column(nullable = false)
    private String phrase;

    @Column(name = "rule_name", nullable = false)
    private String rule;

    @Column(name = "start_at")
    private LocalDateTime start;

    @Column(name = "end_at")
    private LocalDateTime end;

    @Enumerated(EnumType.STRING)
    @Column(name = "date_precision")
    private Precision precision;

    private String anchor;

    private String reason;

    @Column(nullable = false)
    private double confidence;

    protected StoredDateMention() {}

    public StoredDateMention(
            StoredArticle article,
            String sentence,
            int line,
            boolean caption,
            String phrase,
            String rule,
            LocalDateTime start,
            LocalDateTime end,
            Precision precision,
            String anchor,
            String reason,
            double confidence) {
        this.article = article;
        this.sentence = sentence;
        this.line = line;
        this.caption = caption;
        this.phrase = phrase;
        this.rule = rule;
        this.start = start;
        this.end = end;
        this.precision = precision;
        this.anchor = anchor;
        this.reason = reason;
        this.confidence = confidence;
    }

    /** Takes a new reading of the same phrase, after its article's publication day changed. */
    public void reresolve(
            LocalDateTime start,
            LocalDateTime end,
            Precision precision,
            String anchor,
            String reason) {
        this.start = start;
        this.end = end;
        this.precision = precision;
        this.anchor = anchor;
        this.reason = reason;
    }

    public Long getId() {
        return id;
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

    public boolean isCaption() {
        return caption;
    }

    public String getPhrase() {
        return phrase;
    }

    public String getRule() {
        return rule;
    }

    public LocalDateTime getStart() {
        return start;
    }

    public LocalDateTime getEnd() {
        return end;
    }

    public Precision getPrecision() {
        return precision;
    }

    public String getAnchor() {
        return anchor;
    }

    public String getReason() {
        return reason;
    }

    public double getConfidence() {
        return confidence;
    }
}
