package dev.podium.drafts;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import org.jspecify.annotations.Nullable;

/** A draft's thread with the coach of the owner's programme at the time it was shared. */
@Entity
@Table(name = "draft_share")
class DraftShare {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "draft_share_seq")
    @SequenceGenerator(name = "draft_share_seq", sequenceName = "draft_share_seq", allocationSize = 50)
    private Long id;

    @Column(name = "draft_id", nullable = false, updatable = false)
    private long draftId;

    @Column(name = "coach_id", nullable = false, updatable = false)
    private long coachId;

    @Column(name = "coach_name", nullable = false, updatable = false)
    private String coachName;

    @Column(name = "programme_id", nullable = false, updatable = false)
    private long programmeId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private ShareState state = ShareState.OPEN;

    @Column(name = "shared_at", nullable = false, updatable = false)
    private Instant sharedAt;

    @Column(name = "closed_at")
    private @Nullable Instant closedAt;

    @Column(name = "closed_by")
    private @Nullable Long closedBy;

    @Version
    private long version;

    protected DraftShare() {
    }

    DraftShare(long draftId, long coachId, String coachName, long programmeId, Instant now) {
        this.draftId = draftId;
        this.coachId = coachId;
        this.coachName = coachName;
        this.programmeId = programmeId;
        this.sharedAt = now;
    }

    void close(long by, Instant now) {
        if (state == ShareState.CLOSED) {
            throw new DraftRuleViolation("drafts.error.closed");
        }
        state = ShareState.CLOSED;
        closedBy = by;
        closedAt = now;
    }

    long id() {
        return id;
    }

    long draftId() {
        return draftId;
    }

    long coachId() {
        return coachId;
    }

    String coachName() {
        return coachName;
    }

    long programmeId() {
        return programmeId;
    }

    ShareState state() {
        return state;
    }

    Instant sharedAt() {
        return sharedAt;
    }

    @Nullable Instant closedAt() {
        return closedAt;
    }

    @Nullable Long closedBy() {
        return closedBy;
    }
}
