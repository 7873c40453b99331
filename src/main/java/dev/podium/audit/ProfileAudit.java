package dev.podium.audit;

import dev.podium.shared.EmployeeId;
import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** An employee's profile audit through its rounds; its verbs guard the review's states. */
@Entity
@Table(name = "profile_audit")
class ProfileAudit {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "profile_audit_seq")
    @SequenceGenerator(name = "profile_audit_seq", sequenceName = "profile_audit_seq", allocationSize = 50)
    private Long id;

    @Column(name = "employee_id", nullable = false, updatable = false)
    private long employeeId;

    @Column(name = "employee_name", nullable = false, updatable = false)
    private String employeeName;

    @Column(name = "employee_locale", nullable = false, updatable = false)
    private String employeeLocale;

    /** The employee id while open, null once closed: a unique key allows one open audit per person. */
    @Column(name = "open_for")
    private Long openFor;

    @Column(name = "coach_id")
    private Long coachId;

    @Column(name = "coach_name")
    private String coachName;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private AuditStatus status;

    @Column(name = "submitted_at", nullable = false)
    private Instant submittedAt;

    @Column(name = "review_due_at")
    private Instant reviewDueAt;

    @Column(name = "escalation_at")
    private Instant escalationAt;

    @Column(name = "final_score")
    private Integer finalScore;

    @Column(name = "closed_at")
    private Instant closedAt;

    @Version
    private long version;

    @OneToMany(mappedBy = "audit", cascade = CascadeType.ALL)
    @OrderBy("number")
    private List<AuditRound> rounds = new ArrayList<>();

    protected ProfileAudit() {
    }

    ProfileAudit(EmployeeId employee, String employeeName, Locale locale, ManualAnswers answers,
            List<ItemScore> scores, Instant now) {
        this.employeeId = employee.value();
        this.openFor = employee.value();
        this.employeeName = employeeName;
        this.employeeLocale = locale.toLanguageTag();
        this.status = AuditStatus.IN_REVIEW;
        this.submittedAt = now;
        rounds.add(new AuditRound(this, 1, answers, scores, now));
    }

    long id() {
        return id;
    }

    EmployeeId employee() {
        return EmployeeId.of(employeeId);
    }

    String employeeName() {
        return employeeName;
    }

    Locale employeeLocale() {
        return Locale.forLanguageTag(employeeLocale);
    }

    EmployeeId coach() {
        return coachId == null ? null : EmployeeId.of(coachId);
    }

    String coachName() {
        return coachName;
    }

    AuditStatus status() {
        return status;
    }

    Instant submittedAt() {
        return submittedAt;
    }

    Instant reviewDueAt() {
        return reviewDueAt;
    }

    Instant escalationAt() {
        return escalationAt;
    }

    Integer finalScore() {
        return finalScore;
    }

    List<AuditRound> rounds() {
        return List.copyOf(rounds);
    }

    AuditRound currentRound() {
        return rounds.getLast();
    }

    boolean assignedTo(EmployeeId person) {
        return status.open() && coachId != null && coachId == person.value();
    }

    void assign(EmployeeId coach, String name, Instant reviewDue, Instant escalation) {
        requireStatus(AuditStatus.IN_REVIEW);
        this.coachId = coach.value();
        this.coachName = name;
        this.reviewDueAt = reviewDue;
        this.escalationAt = escalation;
    }

    void reassign(EmployeeId coach, String name) {
        if (!status.open()) {
            throw new AuditRuleViolation("audit.error.closed");
        }
        this.coachId = coach.value();
        this.coachName = name;
    }

    void requestRevision(List<CoachReview> reviews, Instant now) {
        requireStatus(AuditStatus.IN_REVIEW);
        if (reviews.stream().allMatch(review -> review.comment() == null || review.comment().isBlank())) {
            throw new AuditRuleViolation("audit.error.revision-needs-comment");
        }
        currentRound().review(reviews);
        currentRound().decide(AuditRound.Decision.REVISION_REQUESTED, now);
        this.status = AuditStatus.REVISION_REQUESTED;
        this.reviewDueAt = null;
        this.escalationAt = null;
    }

    void resubmit(ManualAnswers answers, List<ItemScore> scores, Instant now) {
        requireStatus(AuditStatus.REVISION_REQUESTED);
        rounds.add(new AuditRound(this, rounds.size() + 1, answers, scores, now));
        this.status = AuditStatus.IN_REVIEW;
        this.submittedAt = now;
    }

    /** Approves with every coach item scored; the final score is the automatic plus the coach's points. */
    int approve(List<CoachReview> reviews, Instant now) {
        requireStatus(AuditStatus.IN_REVIEW);
        AuditRound round = currentRound();
        round.review(reviews);
        boolean unscored = round.scores().stream().anyMatch(s -> s.coachMax() > 0 && s.coachPoints() == null);
        if (unscored) {
            throw new AuditRuleViolation("audit.error.score-every-coach-item");
        }
        round.decide(AuditRound.Decision.APPROVED, now);
        this.finalScore = round.autoPoints() + round.coachPoints();
        close(AuditStatus.APPROVED, now);
        return finalScore;
    }

    void cancel(Instant now) {
        if (!status.open()) {
            return;
        }
        currentRound().decide(AuditRound.Decision.CANCELLED, now);
        close(AuditStatus.CANCELLED, now);
    }

    private void close(AuditStatus closed, Instant now) {
        this.status = closed;
        this.openFor = null;
        this.closedAt = now;
        this.reviewDueAt = null;
        this.escalationAt = null;
    }

    private void requireStatus(AuditStatus expected) {
        if (status != expected) {
            throw new AuditRuleViolation("audit.error.wrong-state");
        }
    }
}
