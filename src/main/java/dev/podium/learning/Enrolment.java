package dev.podium.learning;

import dev.podium.shared.CourseId;
import dev.podium.shared.EmployeeId;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.MapKeyColumn;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;

/** A person taking a course; the lessons they marked complete are keyed by stable lesson id. */
@Entity
@Table(name = "enrolment")
class Enrolment {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "enrolment_seq")
    @SequenceGenerator(name = "enrolment_seq", sequenceName = "enrolment_seq", allocationSize = 50)
    private Long id;

    @Column(name = "employee_id", nullable = false, updatable = false)
    private long employeeId;

    @Column(name = "course_id", nullable = false, updatable = false)
    private String courseId;

    @Column(name = "enrolled_at", nullable = false, updatable = false)
    private Instant enrolledAt;

    @Column(name = "enrolled_by", updatable = false)
    private Long enrolledBy;

    @Column(name = "completed_at")
    private Instant completedAt;

    @Column(name = "completed_version")
    private String completedVersion;

    /** The completion rule ({@code lessons-and-quizzes}, ...) in force when the course was completed. */
    @Column(name = "completed_rule")
    private String completedRule;

    @Column(name = "due_date")
    private java.time.LocalDate dueDate;

    @Column(name = "last_activity_at", nullable = false)
    private Instant lastActivityAt;

    @ElementCollection(fetch = FetchType.LAZY)
    @CollectionTable(name = "lesson_completion", joinColumns = @JoinColumn(name = "enrolment_id"))
    @MapKeyColumn(name = "lesson_id")
    @Column(name = "completed_at", nullable = false)
    private Map<String, Instant> completedLessons = new HashMap<>();

    @Version
    private long version;

    protected Enrolment() {
    }

    Enrolment(EmployeeId employee, CourseId course, EmployeeId enrolledBy, Instant now) {
        this.employeeId = employee.value();
        this.courseId = course.value();
        this.enrolledBy = enrolledBy == null ? null : enrolledBy.value();
        this.enrolledAt = now;
        this.lastActivityAt = now;
    }

    Long id() {
        return id;
    }

    EmployeeId employee() {
        return EmployeeId.of(employeeId);
    }

    CourseId course() {
        return CourseId.of(courseId);
    }

    long employeeIdValue() {
        return employeeId;
    }

    java.time.LocalDate dueDate() {
        return dueDate;
    }

    /** An assignment's due date; an earlier one stays (the first assignment set the expectation). */
    void due(java.time.LocalDate date) {
        if (dueDate == null) {
            dueDate = date;
        }
    }

    Instant enrolledAt() {
        return enrolledAt;
    }

    Instant completedAt() {
        return completedAt;
    }

    String completedVersion() {
        return completedVersion;
    }

    String completedRule() {
        return completedRule;
    }

    Instant lastActivityAt() {
        return lastActivityAt;
    }

    boolean completed() {
        return completedAt != null;
    }

    Map<String, Instant> completedLessons() {
        return Map.copyOf(completedLessons);
    }

    /** Marks a lesson complete; false when it already was (completing twice changes nothing). */
    boolean completeLesson(String lessonId, Instant now) {
        lastActivityAt = now;
        return completedLessons.putIfAbsent(lessonId, now) == null;
    }

    void touched(Instant now) {
        lastActivityAt = now;
    }

    /**
     * Records completion once: a course completed stays completed, with the version it was completed in and the
     * rule it met (a later, stricter rule does not take it away).
     */
    boolean complete(String contentHash, String rule, Instant now) {
        if (completedAt != null) {
            return false;
        }
        completedAt = now;
        completedVersion = contentHash;
        completedRule = rule;
        return true;
    }
}
