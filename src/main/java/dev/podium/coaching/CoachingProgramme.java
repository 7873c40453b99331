package dev.podium.coaching;

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

/**
 * One employee's run through the programme. Names are copied at assignment so HR's list needs no look-up per row.
 * The stage moves forward only through the verbs below, which the process steps call.
 */
@Entity
@Table(name = "coaching_programme")
class CoachingProgramme {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "coaching_programme_seq")
    @SequenceGenerator(name = "coaching_programme_seq", sequenceName = "coaching_programme_seq", allocationSize = 50)
    private Long id;

    @Column(name = "employee_id", nullable = false, updatable = false)
    private long employeeId;

    @Column(name = "open_employee_id")
    private Long openEmployeeId;

    @Column(name = "participant_name", nullable = false)
    private String participantName;

    @Column(name = "coach_id", nullable = false)
    private long coachId;

    @Column(name = "coach_name", nullable = false)
    private String coachName;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private Stage stage;

    @Column(name = "started_at", nullable = false, updatable = false)
    private Instant startedAt;

    @Column(name = "last_progress_at", nullable = false)
    private Instant lastProgressAt;

    @Column(name = "topics_agreed_at")
    private Instant topicsAgreedAt;

    @Column(name = "practice_started_at")
    private Instant practiceStartedAt;

    @Column(name = "practice_periods", nullable = false)
    private int practicePeriods;

    @Column(name = "goal_met_at")
    private Instant goalMetAt;

    @Column(name = "midpoint_notes")
    private String midpointNotes;

    @Column(name = "final_notes")
    private String finalNotes;

    @Column(name = "closed_at")
    private Instant closedAt;

    @Version
    private long version;

    protected CoachingProgramme() {
    }

    CoachingProgramme(long employeeId, String participantName, long coachId, String coachName, Instant now) {
        this.employeeId = employeeId;
        this.openEmployeeId = employeeId;
        this.participantName = participantName;
        this.coachId = coachId;
        this.coachName = coachName;
        this.stage = Stage.GUIDELINES;
        this.startedAt = now;
        this.lastProgressAt = now;
    }

    /** Moves to a later stage; a step that would go back (a repeated message) changes nothing. */
    boolean advanceTo(Stage next, Instant now) {
        if (!stage.open() || next.ordinal() <= stage.ordinal()) {
            return false;
        }
        stage = next;
        lastProgressAt = now;
        return true;
    }

    void agreeTopics(Instant now) {
        requireStage(Stage.VOICE_TOPICS);
        topicsAgreedAt = now;
        lastProgressAt = now;
    }

    /** A new practice period: the first, or another after the coach extended the programme. */
    void startPractice(Instant now) {
        if (stage != Stage.VOICE_TOPICS && stage != Stage.FINAL_CHECK_IN) {
            throw new CoachingRuleViolation("coaching.error.wrong-stage");
        }
        stage = Stage.PRACTICE;
        practiceStartedAt = now;
        practicePeriods++;
        goalMetAt = null;
        lastProgressAt = now;
    }

    /** @return whether the goal is met now for the first time in this period */
    boolean goalMet(Instant now) {
        if (goalMetAt != null) {
            return false;
        }
        goalMetAt = now;
        lastProgressAt = now;
        return true;
    }

    void recordMidpoint(String notes, Instant now) {
        requireStage(Stage.PRACTICE);
        midpointNotes = notes;
        lastProgressAt = now;
    }

    void recordFinal(String notes, Instant now) {
        requireStage(Stage.FINAL_CHECK_IN);
        finalNotes = notes;
        lastProgressAt = now;
    }

    void complete(Instant now) {
        requireStage(Stage.FINAL_CHECK_IN);
        close(Stage.COMPLETED, now);
    }

    /** @return whether it was open */
    boolean cancel(Instant now) {
        if (!stage.open()) {
            return false;
        }
        close(Stage.CANCELLED, now);
        return true;
    }

    void reassign(long coachId, String coachName) {
        if (!stage.open()) {
            throw new CoachingRuleViolation("coaching.error.closed");
        }
        this.coachId = coachId;
        this.coachName = coachName;
    }

    private void close(Stage end, Instant now) {
        stage = end;
        openEmployeeId = null;
        closedAt = now;
        lastProgressAt = now;
    }

    private void requireStage(Stage expected) {
        if (stage != expected) {
            throw new CoachingRuleViolation("coaching.error.wrong-stage");
        }
    }

    Long id() {
        return id;
    }

    long employeeId() {
        return employeeId;
    }

    String participantName() {
        return participantName;
    }

    long coachId() {
        return coachId;
    }

    String coachName() {
        return coachName;
    }

    Stage stage() {
        return stage;
    }

    Instant startedAt() {
        return startedAt;
    }

    Instant lastProgressAt() {
        return lastProgressAt;
    }

    boolean topicsAgreed() {
        return topicsAgreedAt != null;
    }

    int practicePeriods() {
        return practicePeriods;
    }

    boolean goalMet() {
        return goalMetAt != null;
    }

    String midpointNotes() {
        return midpointNotes;
    }

    String finalNotes() {
        return finalNotes;
    }
}
