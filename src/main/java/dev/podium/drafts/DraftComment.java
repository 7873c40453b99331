package dev.podium.drafts;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.time.Instant;

/**
 * A comment on a passage of one version: offsets into that version's text and the passage quoted, so it still reads
 * after the text was revised.
 */
@Entity
@Table(name = "draft_comment")
class DraftComment {

    static final int MAX_BODY = 2_000;

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "draft_comment_seq")
    @SequenceGenerator(name = "draft_comment_seq", sequenceName = "draft_comment_seq", allocationSize = 50)
    private Long id;

    @Column(name = "share_id", nullable = false, updatable = false)
    private long shareId;

    @Column(name = "author_id", nullable = false, updatable = false)
    private long authorId;

    @Column(name = "version_number", nullable = false, updatable = false)
    private int versionNumber;

    @Column(name = "start_offset", nullable = false, updatable = false)
    private int startOffset;

    @Column(name = "end_offset", nullable = false, updatable = false)
    private int endOffset;

    @Column(nullable = false, updatable = false)
    private String quoted;

    @Column(nullable = false, updatable = false)
    private String body;

    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt;

    protected DraftComment() {
    }

    DraftComment(long shareId, long authorId, int versionNumber, int startOffset, int endOffset, String quoted,
            String body, Instant createdAt) {
        this.shareId = shareId;
        this.authorId = authorId;
        this.versionNumber = versionNumber;
        this.startOffset = startOffset;
        this.endOffset = endOffset;
        this.quoted = quoted;
        this.body = body;
        this.createdAt = createdAt;
    }

    long id() {
        return id;
    }

    long shareId() {
        return shareId;
    }

    long authorId() {
        return authorId;
    }

    int versionNumber() {
        return versionNumber;
    }

    int startOffset() {
        return startOffset;
    }

    int endOffset() {
        return endOffset;
    }

    String quoted() {
        return quoted;
    }

    String body() {
        return body;
    }

    Instant createdAt() {
        return createdAt;
    }
}
