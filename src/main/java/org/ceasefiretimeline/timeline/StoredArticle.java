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
import java.time.Instant;
import java.time.LocalDate;
import org.ceasefiretimeline.ingest.PublicationSource;

/**
 * An article as stored: what {@link org.ceasefiretimeline.ingest.Article} read, keyed by the hash
 * of its content so that importing it again changes nothing.
 */
@Entity
@Table(name = "article")
public class StoredArticle {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "content_hash", nullable = false, unique = true)
    private String contentHash;

    @Column(name = "file_name", nullable = false)
    private String fileName;

    private String title;

    private String publisher;

    private String url;

    private LocalDate published;

    @Enumerated(EnumType.STRING)
    @Column(name = "published_source", nullable = false)
    private PublicationSource publishedSource;

    @Column(name = "published_evidence")
    private String publishedEvidence;

    @Column(nullable = false)
    private String timezone;

    @ManyToOne
    @JoinColumn(name = "round_id")
    private NegotiationRound round;

    @Column(name = "imported_at", nullable = false)
    private Instant importedAt;

    private String problems;

    /** The imported text, see {@link ArticleBody}. */
    private String body;

    protected StoredArticle() {}

    public StoredArticle(
            String contentHash,
            String fileName,
            String title,
            String publisher,
            String url,
            LocalDate published,
            PublicationSource publishedSource,
            String publishedEvidence,
            String timezone,
            String problems) {
        this.contentHash = contentHash;
        this.fileName = fileName;
        this.title = title;
        this.publisher = publisher;
        this.url = url;
        this.published = published;
        this.publishedSource = publishedSource;
        this.publishedEvidence = publishedEvidence;
        this.timezone = timezone;
        this.problems = problems;
        this.importedAt = Instant.now();
    }

    public Long getId() {
        return id;
    }

    public String getContentHash() {
        return contentHash;
    }

    public String getFileName() {
        return fileName;
    }

    public String getTitle() {
        return title;
    }

    public String getPublisher() {
        return publisher;
    }

    public String getUrl() {
        return url;
    }

    public LocalDate getPublished() {
        return published;
    }

    public PublicationSource getPublishedSource() {
        return publishedSource;
    }

    public String getPublishedEvidence() {
        return publishedEvidence;
    }

    public String getTimezone() {
        return timezone;
    }

    public NegotiationRound getRound() {
        return round;
    }

    public void setRound(NegotiationRound round) {
        this.round = round;
    }

    public Instant getImportedAt() {
        return importedAt;
    }

    public String getProblems() {
        return problems;
    }

    public String getBody() {
        return body;
    }

    public void setBody(String body) {
        this.body = body;
    }

    /** An editor's publication day replaces the manifest's or the inferred one. */
    public void setPublished(LocalDate published) {
        this.published = published;
        this.publishedSource = PublicationSource.EDITOR;
        this.publishedEvidence = "set by an editor";
    }
}
