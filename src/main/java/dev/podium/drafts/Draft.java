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

/** An employee's draft: its current text and version number; earlier texts are {@link DraftVersion}s. */
@Entity
@Table(name = "draft")
class Draft {

    static final int MAX_TITLE = 120;
    /** Room above the largest platform limit, so an over-long draft can still be saved and shortened later. */
    static final int MAX_TEXT = 10_000;

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "draft_seq")
    @SequenceGenerator(name = "draft_seq", sequenceName = "draft_seq", allocationSize = 50)
    private Long id;

    @Column(name = "owner_id", nullable = false, updatable = false)
    private long ownerId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private DraftKind kind;

    @Column(nullable = false)
    private String title;

    @Column(nullable = false)
    private String body;

    @Column(name = "version_number", nullable = false)
    private int versionNumber;

    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt;

    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;

    @Column(name = "practice_course_id")
    private @Nullable String practiceCourseId;

    @Column(name = "practice_task_id")
    private @Nullable String practiceTaskId;

    @Column(name = "practice_task_title")
    private @Nullable String practiceTaskTitle;

    @Column(name = "practice_version")
    private @Nullable Integer practiceVersion;

    @Column(name = "practice_at")
    private @Nullable Instant practiceAt;

    @Version
    private long version;

    protected Draft() {
    }

    Draft(long ownerId, DraftKind kind, String title, Instant now) {
        this.ownerId = ownerId;
        this.kind = kind;
        this.title = title;
        this.body = "";
        this.versionNumber = 0;
        this.createdAt = now;
        this.updatedAt = now;
    }

    /** Keeps a new text; returns whether it changed (only then is it a new version). */
    boolean revise(String title, String text, Instant now) {
        boolean changed = !text.equals(body);
        if (changed) {
            body = text;
            versionNumber++;
        }
        if (changed || !this.title.equals(title)) {
            this.title = title;
            updatedAt = now;
        }
        return changed;
    }

    void handedIn(String courseId, String taskId, String taskTitle, Instant now) {
        practiceCourseId = courseId;
        practiceTaskId = taskId;
        practiceTaskTitle = taskTitle;
        practiceVersion = versionNumber;
        practiceAt = now;
    }

    long id() {
        return id;
    }

    long ownerId() {
        return ownerId;
    }

    DraftKind kind() {
        return kind;
    }

    String title() {
        return title;
    }

    String body() {
        return body;
    }

    int versionNumber() {
        return versionNumber;
    }

    Instant createdAt() {
        return createdAt;
    }

    Instant updatedAt() {
        return updatedAt;
    }

    @Nullable PracticeHandIn practice() {
        return practiceTaskId == null || practiceCourseId == null || practiceAt == null || practiceVersion == null
                ? null : new PracticeHandIn(practiceCourseId, practiceTaskId,
                        practiceTaskTitle == null ? practiceTaskId : practiceTaskTitle, practiceVersion, practiceAt);
    }
}
