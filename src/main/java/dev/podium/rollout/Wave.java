package dev.podium.rollout;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.Set;

/** One wave of the programme rollout; its plan is fixed once launched. */
@Entity
@Table(name = "wave")
class Wave {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "wave_seq")
    @SequenceGenerator(name = "wave_seq", sequenceName = "wave_seq", allocationSize = 50)
    private Long id;

    @Column(nullable = false)
    private String name;

    private String objective;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private WaveState state = WaveState.DRAFT;

    @Column(name = "due_date")
    private LocalDate dueDate;

    @Column(name = "coaching_programme", nullable = false)
    private boolean coachingProgramme;

    @ElementCollection
    @CollectionTable(name = "wave_course", joinColumns = @JoinColumn(name = "wave_id"))
    @Column(name = "course_id", nullable = false)
    private Set<String> courses = new HashSet<>();

    @ElementCollection
    @CollectionTable(name = "wave_department", joinColumns = @JoinColumn(name = "wave_id"))
    @Column(name = "department_id", nullable = false)
    private Set<Long> departments = new HashSet<>();

    @ElementCollection
    @CollectionTable(name = "wave_country", joinColumns = @JoinColumn(name = "wave_id"))
    @Column(name = "country_code", nullable = false)
    private Set<String> countries = new HashSet<>();

    @ElementCollection
    @CollectionTable(name = "wave_listed", joinColumns = @JoinColumn(name = "wave_id"))
    @Column(name = "employee_id", nullable = false)
    private Set<Long> listed = new HashSet<>();

    @Column(name = "created_by", nullable = false, updatable = false)
    private long createdBy;

    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt;

    @Column(name = "launched_by")
    private Long launchedBy;

    @Column(name = "launched_at")
    private Instant launchedAt;

    /** Written page by page by the launch, in the page's transaction (see {@link WaveRepository#pageDone}). */
    @Column(name = "launched_through", insertable = false, updatable = false)
    private long launchedThrough;

    @Column(name = "launch_finished_at", insertable = false, updatable = false)
    private Instant launchFinishedAt;

    @Version
    private long version;

    protected Wave() {
    }

    Wave(String name, String objective, long createdBy, Instant now) {
        this.name = name;
        this.objective = objective;
        this.createdBy = createdBy;
        this.createdAt = now;
    }

    void describe(String newName, String newObjective) {
        requireNotLaunched();
        this.name = newName;
        this.objective = newObjective;
    }

    void plan(Set<Long> newDepartments, Set<String> newCountries, Set<Long> newListed, Set<String> newCourses,
            boolean coaching, LocalDate due) {
        requireNotLaunched();
        departments.clear();
        departments.addAll(newDepartments);
        countries.clear();
        countries.addAll(newCountries);
        listed.clear();
        listed.addAll(newListed);
        courses.clear();
        courses.addAll(newCourses);
        coachingProgramme = coaching;
        dueDate = due;
        state = WaveState.PLANNED;
    }

    void launch(long by, Instant now) {
        if (state != WaveState.PLANNED) {
            throw new RolloutRuleViolation("state", "wave.error.not-planned");
        }
        state = WaveState.LAUNCHED;
        launchedBy = by;
        launchedAt = now;
    }

    private void requireNotLaunched() {
        if (state == WaveState.LAUNCHED) {
            throw new RolloutRuleViolation("state", "wave.error.launched");
        }
    }

    Long id() {
        return id;
    }

    String name() {
        return name;
    }

    String objective() {
        return objective;
    }

    WaveState state() {
        return state;
    }

    LocalDate dueDate() {
        return dueDate;
    }

    boolean coachingProgramme() {
        return coachingProgramme;
    }

    Set<String> courses() {
        return Set.copyOf(courses);
    }

    Set<Long> departments() {
        return Set.copyOf(departments);
    }

    Set<String> countries() {
        return Set.copyOf(countries);
    }

    Set<Long> listed() {
        return Set.copyOf(listed);
    }

    Instant createdAt() {
        return createdAt;
    }

    long launchedBy() {
        return launchedBy;
    }

    Instant launchedAt() {
        return launchedAt;
    }

    long launchedThrough() {
        return launchedThrough;
    }

    Instant launchFinishedAt() {
        return launchFinishedAt;
    }

    long version() {
        return version;
    }
}
