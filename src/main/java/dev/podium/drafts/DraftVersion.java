package dev.podium.drafts;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.time.Instant;

/** One kept text of a draft; never changed once written. */
@Entity
@Table(name = "draft_version")
class DraftVersion {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "draft_version_seq")
    @SequenceGenerator(name = "draft_version_seq", sequenceName = "draft_version_seq", allocationSize = 50)
    private Long id;

    @Column(name = "draft_id", nullable = false, updatable = false)
    private long draftId;

    @Column(nullable = false, updatable = false)
    private int number;

    @Column(nullable = false, updatable = false)
    private String body;

    @Column(name = "saved_at", nullable = false, updatable = false)
    private Instant savedAt;

    protected DraftVersion() {
    }

    DraftVersion(long draftId, int number, String body, Instant savedAt) {
        this.draftId = draftId;
        this.number = number;
        this.body = body;
        this.savedAt = savedAt;
    }

    int number() {
        return number;
    }

    String body() {
        return body;
    }

    Instant savedAt() {
        return savedAt;
    }
}
