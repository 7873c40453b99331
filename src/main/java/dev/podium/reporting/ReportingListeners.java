package dev.podium.reporting;

import dev.podium.activity.ActivityImported;
import dev.podium.activity.ActivityProperties;
import dev.podium.activity.ActivityIndexService;
import dev.podium.activity.ConversationsCounted;
import dev.podium.activity.SocialLeadershipIndexChanged;
import dev.podium.activity.WeekActivity;
import dev.podium.audit.ProfileAuditApproved;
import dev.podium.certificate.CertificateIssued;
import dev.podium.certificate.CertificateRevoked;
import dev.podium.learning.CourseAssigned;
import dev.podium.learning.CourseCompleted;
import dev.podium.learning.CourseEnrolled;
import dev.podium.learning.LessonCompleted;
import dev.podium.people.EmployeeChanged;
import dev.podium.people.EmployeeDeactivated;
import dev.podium.people.EmployeesImported;
import dev.podium.people.EmployeeReactivated;
import dev.podium.people.EmployeeRegistered;
import dev.podium.policy.PolicyAttested;
import dev.podium.rollout.WaveMembersLaunched;
import dev.podium.shared.SystemUser;
import dev.podium.shared.EmployeeId;
import java.time.LocalDate;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Isolation;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.event.TransactionalEventListener;

/**
 * Keeps the read models from other modules' events, after their transactions commit, each in its own transaction.
 * A failure here is logged and never undoes the business step that published the event: the event's publication
 * stays incomplete and is delivered again (EventPublications). Every change sets facts, so a second delivery changes
 * nothing. A person unknown to the read model is first copied from people's public query, so events may come in any
 * order. Read committed: the updates lock the rows they read and need no gap locks, which would make concurrent
 * events of neighbouring people wait for (and deadlock with) each other.
 */
@Component
class ReportingListeners {

    private static final Logger log = LoggerFactory.getLogger(ReportingListeners.class);
    private final ReadModel model;
    private final PeopleDirectory people;
    private final ActivityIndexService activity;
    private final ActivityProperties.Consistency activeWeek;

    ReportingListeners(ReadModel model, PeopleDirectory people, ActivityIndexService activity,
            ActivityProperties activityProperties) {
        this.model = model;
        this.people = people;
        this.activity = activity;
        this.activeWeek = activityProperties.consistency();
    }

    @TransactionalEventListener(fallbackExecution = true)
    @Transactional(propagation = Propagation.REQUIRES_NEW, isolation = Isolation.READ_COMMITTED)
    public void on(EmployeeRegistered event) {
        apply(event.employeeId(), "registration", () -> people.refresh(event.employeeId()));
    }

    /** HR changed someone's record: a move to another department or country takes their figures along. */
    @TransactionalEventListener(fallbackExecution = true)
    @Transactional(propagation = Propagation.REQUIRES_NEW, isolation = Isolation.READ_COMMITTED)
    public void on(EmployeeChanged event) {
        apply(event.employeeId(), "change", () -> people.refresh(event.employeeId()));
    }

    /** An HRIS import: everyone is copied again in batches (new people, moves), then every group recomputed. */
    @TransactionalEventListener(fallbackExecution = true)
    @Transactional(propagation = Propagation.REQUIRES_NEW, isolation = Isolation.READ_COMMITTED)
    public void on(EmployeesImported event) {
        if (event.created() + event.updated() == 0) {
            return;
        }
        try {
            long start = System.nanoTime();
            int copied = SystemUser.call(people::refreshAll);
            log.info("HRIS import: {} people copied to the reporting read model in {} ms", copied,
                    (System.nanoTime() - start) / 1_000_000);
        } catch (RuntimeException e) {
            log.warn("Could not copy the HRIS import to the reporting read model; it is delivered again", e);
            throw e;
        }
    }

    @TransactionalEventListener(fallbackExecution = true)
    @Transactional(propagation = Propagation.REQUIRES_NEW, isolation = Isolation.READ_COMMITTED)
    public void on(EmployeeDeactivated event) {
        // re-read the person: this also picks up a department move made since the last event
        apply(event.employeeId(), "deactivation", () -> people.refresh(event.employeeId()));
    }

    @TransactionalEventListener(fallbackExecution = true)
    @Transactional(propagation = Propagation.REQUIRES_NEW, isolation = Isolation.READ_COMMITTED)
    public void on(EmployeeReactivated event) {
        apply(event.employeeId(), "reactivation", () -> people.refresh(event.employeeId()));
    }

    @TransactionalEventListener(fallbackExecution = true)
    @Transactional(propagation = Propagation.REQUIRES_NEW, isolation = Isolation.READ_COMMITTED)
    public void on(CourseEnrolled event) {
        apply(event.employee(), "enrolment", () -> model.enrolled(event.employee(), event.course().value(),
                event.enrolledAt(), !event.employee().equals(event.enrolledBy()), event.dueDate()));
    }

    @TransactionalEventListener(fallbackExecution = true)
    @Transactional(propagation = Propagation.REQUIRES_NEW, isolation = Isolation.READ_COMMITTED)
    public void on(LessonCompleted event) {
        apply(event.employee(), "lesson", () -> model.lessonCompleted(event.employee(), event.course().value(),
                event.completedAt()));
    }

    @TransactionalEventListener(fallbackExecution = true)
    @Transactional(propagation = Propagation.REQUIRES_NEW, isolation = Isolation.READ_COMMITTED)
    public void on(CourseCompleted event) {
        apply(event.employee(), "course completion", () -> model.courseCompleted(event.employee(),
                event.course().value(), event.completedAt()));
    }

    @TransactionalEventListener(fallbackExecution = true)
    @Transactional(propagation = Propagation.REQUIRES_NEW, isolation = Isolation.READ_COMMITTED)
    public void on(ProfileAuditApproved event) {
        apply(event.employee(), "audit approval", () -> model.auditApproved(event.employee(), event.finalScore(),
                event.approvedAt()));
    }

    @TransactionalEventListener(fallbackExecution = true)
    @Transactional(propagation = Propagation.REQUIRES_NEW, isolation = Isolation.READ_COMMITTED)
    public void on(SocialLeadershipIndexChanged event) {
        apply(event.employee(), "index", () -> model.indexChanged(event.employee(), event.total(),
                event.band().name()));
    }

    @TransactionalEventListener(fallbackExecution = true)
    @Transactional(propagation = Propagation.REQUIRES_NEW, isolation = Isolation.READ_COMMITTED)
    public void on(ActivityImported event) {
        apply(event.employee(), "activity import", () -> {
            List<WeekActivity> weeks = activity.weeksOf(event.employee());
            if (weeks.isEmpty()) {
                return;
            }
            LocalDate from = weeks.getFirst().weekStart();
            model.activeWeeks(event.employee(), from, weeks.stream().filter(this::active)
                    .map(WeekActivity::weekStart).toList());
        });
    }

    /** One row for the person, set; no group is recomputed (the shares are counted when HR reads them). */
    @TransactionalEventListener(fallbackExecution = true)
    @Transactional(propagation = Propagation.REQUIRES_NEW, isolation = Isolation.READ_COMMITTED)
    public void on(ConversationsCounted event) {
        apply(event.employee(), "conversations", () -> model.conversationsCounted(event.employee(),
                event.exportImported(), event.postsWithCommentFigures(), event.postsStarted(), event.windowEnd()));
    }

    @TransactionalEventListener(fallbackExecution = true)
    @Transactional(propagation = Propagation.REQUIRES_NEW, isolation = Isolation.READ_COMMITTED)
    public void on(PolicyAttested event) {
        apply(event.employee(), "attestation", () -> model.attested(event.employee(), event.policyId(),
                event.policyVersion(), event.attestedAt()));
    }

    @TransactionalEventListener(fallbackExecution = true)
    @Transactional(propagation = Propagation.REQUIRES_NEW, isolation = Isolation.READ_COMMITTED)
    public void on(CertificateIssued event) {
        apply(event.employee(), "certificate", () -> model.certificateIssued(event.employee(), event.certificateId(),
                event.achievementId(), event.supersedes(), event.issuedAt(), event.expiresOn()));
    }

    @TransactionalEventListener(fallbackExecution = true)
    @Transactional(propagation = Propagation.REQUIRES_NEW, isolation = Isolation.READ_COMMITTED)
    public void on(CertificateRevoked event) {
        apply(event.employee(), "revocation", () -> model.certificateRevoked(event.employee(),
                event.certificateId(), event.revokedAt()));
    }

    /**
     * A page of a wave's members form its cohort from its launch: their rows move to it in a few statements, and
     * only the groups they left and joined are recomputed.
     */
    @TransactionalEventListener(fallbackExecution = true)
    @Transactional(propagation = Propagation.REQUIRES_NEW, isolation = Isolation.READ_COMMITTED)
    public void on(WaveMembersLaunched event) {
        applyToAll(event.members(), "cohort of wave " + event.waveId(), () -> model.joinCohort(event.members(),
                event.waveId(), event.waveName(), event.launchedAt()));
    }

    /** A course assigned to many (a page of a wave): set by set, never person by person. */
    @TransactionalEventListener(fallbackExecution = true)
    @Transactional(propagation = Propagation.REQUIRES_NEW, isolation = Isolation.READ_COMMITTED)
    public void on(CourseAssigned event) {
        applyToAll(event.employees(), "assignment of " + event.course().value(), () -> model.assigned(
                event.employees(), event.course().value(), event.assignedAt(), event.assignedBy(), event.dueDate()));
    }

    private void applyToAll(List<EmployeeId> employees, String what, Runnable change) {
        try {
            SystemUser.run(() -> {
                model.unknownAmong(employees).forEach(people::refresh);
                change.run();
            });
        } catch (RuntimeException e) {
            // the event's publication stays incomplete and is delivered again
            log.warn("Could not update the reporting read model ({}) for {} people", what, employees.size(), e);
            throw e;
        }
    }

    /** The activity module's own rule for an active week (its consistency pillar counts the same weeks). */
    private boolean active(WeekActivity week) {
        return week.originalUnits() >= activeWeek.activeWeekUnits()
                || week.substantiveComments() >= activeWeek.activeWeekSubstantiveComments();
    }

    private void apply(EmployeeId employee, String what, Runnable change) {
        try {
            SystemUser.run(() -> {
                if (!model.knows(employee)) {
                    people.refresh(employee);
                }
                change.run();
            });
        } catch (RuntimeException e) {
            // the event's publication stays incomplete and is delivered again
            log.warn("Could not update the reporting read model ({}) for employee {}", what, employee, e);
            throw e;
        }
    }
}
