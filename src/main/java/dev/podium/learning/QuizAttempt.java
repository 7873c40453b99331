package dev.podium.learning;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.time.Instant;

/** One submitted quiz: never changed afterwards. */
@Entity
@Table(name = "quiz_attempt")
class QuizAttempt {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "quiz_attempt_seq")
    @SequenceGenerator(name = "quiz_attempt_seq", sequenceName = "quiz_attempt_seq", allocationSize = 50)
    private Long id;

    @Column(name = "enrolment_id", nullable = false, updatable = false)
    private long enrolmentId;

    @Column(name = "lesson_id", nullable = false, updatable = false)
    private String lessonId;

    @Column(name = "score_percent", nullable = false, updatable = false)
    private int scorePercent;

    @Column(name = "pass_mark", nullable = false, updatable = false)
    private int passMark;

    @Column(nullable = false, updatable = false)
    private boolean passed;

    /** The chosen options, {@code question=a,b;question2=c}, for the learner's record. */
    @Column(nullable = false, updatable = false)
    private String answers;

    @Column(name = "content_hash", nullable = false, updatable = false)
    private String contentHash;

    @Column(name = "attempted_at", nullable = false, updatable = false)
    private Instant attemptedAt;

    protected QuizAttempt() {
    }

    QuizAttempt(long enrolmentId, String lessonId, int scorePercent, int passMark, boolean passed, String answers,
            String contentHash, Instant attemptedAt) {
        this.enrolmentId = enrolmentId;
        this.lessonId = lessonId;
        this.scorePercent = scorePercent;
        this.passMark = passMark;
        this.passed = passed;
        this.answers = answers;
        this.contentHash = contentHash;
        this.attemptedAt = attemptedAt;
    }

    long enrolmentIdValue() {
        return enrolmentId;
    }

    String lessonId() {
        return lessonId;
    }

    int scorePercent() {
        return scorePercent;
    }

    boolean passed() {
        return passed;
    }

    Instant attemptedAt() {
        return attemptedAt;
    }
}
