package dev.podium.learning;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import dev.podium.course.TaskCompletion;
import java.time.Instant;

/** A practice task done, by the learner's own submission (their portfolio) or by reported evidence. */
@Entity
@Table(name = "practice_completion")
class PracticeCompletion {

    static final int MAX_SUBMISSION = 10_000;

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "practice_completion_seq")
    @SequenceGenerator(name = "practice_completion_seq", sequenceName = "practice_completion_seq",
            allocationSize = 50)
    private Long id;

    @Column(name = "enrolment_id", nullable = false, updatable = false)
    private long enrolmentId;

    @Column(name = "task_id", nullable = false, updatable = false)
    private String taskId;

    @Enumerated(EnumType.STRING)
    @Column(name = "completed_by", nullable = false)
    private TaskCompletion completedBy;

    @Column
    private String evidence;

    @Column
    private String submission;

    @Column(name = "completed_at", nullable = false, updatable = false)
    private Instant completedAt;

    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;

    protected PracticeCompletion() {
    }

    PracticeCompletion(long enrolmentId, String taskId, TaskCompletion completedBy, String evidence,
            String submission, Instant now) {
        this.enrolmentId = enrolmentId;
        this.taskId = taskId;
        this.completedBy = completedBy;
        this.evidence = evidence;
        this.submission = submission;
        this.completedAt = now;
        this.updatedAt = now;
    }

    /** The learner may improve their submission; the task stays completed from the first time. */
    void revise(String text, Instant now) {
        this.submission = text;
        this.updatedAt = now;
    }

    String taskId() {
        return taskId;
    }

    TaskCompletion completedBy() {
        return completedBy;
    }

    String submission() {
        return submission;
    }

    Instant completedAt() {
        return completedAt;
    }

    Instant updatedAt() {
        return updatedAt;
    }

    long enrolmentId() {
        return enrolmentId;
    }
}
