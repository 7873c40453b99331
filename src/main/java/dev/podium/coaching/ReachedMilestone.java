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
import java.time.Instant;

/** A milestone an employee reached, kept whether or not a programme runs. */
@Entity
@Table(name = "coaching_milestone")
class ReachedMilestone {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "coaching_milestone_seq")
    @SequenceGenerator(name = "coaching_milestone_seq", sequenceName = "coaching_milestone_seq", allocationSize = 50)
    private Long id;

    @Column(name = "employee_id", nullable = false, updatable = false)
    private long employeeId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, updatable = false)
    private Milestone milestone;

    @Column(name = "reached_at", nullable = false, updatable = false)
    private Instant reachedAt;

    protected ReachedMilestone() {
    }

    ReachedMilestone(long employeeId, Milestone milestone, Instant reachedAt) {
        this.employeeId = employeeId;
        this.milestone = milestone;
        this.reachedAt = reachedAt;
    }

    Milestone milestone() {
        return milestone;
    }
}
