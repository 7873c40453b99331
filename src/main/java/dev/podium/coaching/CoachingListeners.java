package dev.podium.coaching;

import dev.podium.activity.ActivityImported;
import dev.podium.audit.ProfileAuditApproved;
import dev.podium.learning.CourseCompleted;
import dev.podium.people.ActiveCoach;
import dev.podium.people.EmployeeDeactivated;
import dev.podium.people.EmployeeService;
import dev.podium.policy.PolicyAttested;
import dev.podium.shared.SystemUser;
import dev.podium.shared.EmployeeId;
import java.time.Clock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.event.TransactionalEventListener;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Keeps the milestones read model and wakes running programmes. Milestones are recorded whether or not a programme
 * runs, so one that starts later skips what is done. Recording and delivering to the process run in transactions of
 * their own: should a process step fail, the milestone stays recorded and the next check picks it up.
 */
@Component
class CoachingListeners {

    /** The course and the policy the guidelines stage waits for. */
    static final String GUIDELINES = "social-media-guidelines";

    private static final Logger log = LoggerFactory.getLogger(CoachingListeners.class);

    private final ReachedMilestoneRepository milestones;
    private final CoachingProgrammeRepository programmes;
    private final CoachingWorkflow processes;
    private final CoachChooser chooser;
    private final EmployeeService employees;
    private final TransactionTemplate separately;
    private final Clock clock;

    CoachingListeners(ReachedMilestoneRepository milestones, CoachingProgrammeRepository programmes,
            CoachingWorkflow processes, CoachChooser chooser, EmployeeService employees,
            PlatformTransactionManager transactionManager, Clock clock) {
        this.milestones = milestones;
        this.programmes = programmes;
        this.processes = processes;
        this.chooser = chooser;
        this.employees = employees;
        this.separately = new TransactionTemplate(transactionManager);
        this.separately.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
        this.clock = clock;
    }

    @TransactionalEventListener(fallbackExecution = true)
    @Transactional(propagation = Propagation.REQUIRES_NEW)
    public void on(CourseCompleted completed) {
        if (completed.course().value().equals(GUIDELINES)) {
            reached(completed.employee(), Milestone.GUIDELINES_COURSE);
        }
    }

    @TransactionalEventListener(fallbackExecution = true)
    @Transactional(propagation = Propagation.REQUIRES_NEW)
    public void on(PolicyAttested attested) {
        if (attested.policyId().equals(GUIDELINES)) {
            reached(attested.employee(), Milestone.POLICY_ATTESTED);
        }
    }

    @TransactionalEventListener(fallbackExecution = true)
    @Transactional(propagation = Propagation.REQUIRES_NEW)
    public void on(ProfileAuditApproved approved) {
        reached(approved.employee(), Milestone.PROFILE_AUDIT_APPROVED);
    }

    /** Every import lets a programme in its practice period evaluate its goal again (no polling). */
    @TransactionalEventListener(fallbackExecution = true)
    @Transactional(propagation = Propagation.REQUIRES_NEW)
    public void on(ActivityImported imported) {
        programmes.findByOpenEmployeeId(imported.employee().value())
                .filter(programme -> programme.stage() == Stage.PRACTICE)
                .ifPresent(programme -> deliver(programme.id(), () -> processes.activityImported(programme.id())));
    }

    /**
     * A participant who leaves ends their programme wherever it stands; a coach who leaves hands each open programme
     * to the least-loaded coach who speaks the participant's language.
     */
    @TransactionalEventListener(fallbackExecution = true)
    @Transactional(propagation = Propagation.REQUIRES_NEW)
    public void on(EmployeeDeactivated deactivated) {
        long person = deactivated.employeeId().value();
        programmes.findByOpenEmployeeId(person).ifPresent(programme -> {
            if (programme.cancel(clock.instant())) {
                processes.cancel(programme.id(), "participant deactivated");
            }
        });
        for (CoachingProgramme programme : programmes.findOpenByCoach(person)) {
            EmployeeId participant = EmployeeId.of(programme.employeeId());
            ActiveCoach next = SystemUser.call(() -> chooser.choose(participant,
                    employees.get(participant).draft().locale()));
            programme.reassign(next.id().value(), next.name());
            processes.reassign(programme.id(), next.id());
        }
    }

    private void reached(EmployeeId employee, Milestone milestone) {
        // committed before the process looks: its step runs in a transaction of its own and must see it
        separately.executeWithoutResult(status -> {
            if (!milestones.existsByEmployeeIdAndMilestone(employee.value(), milestone)) {
                milestones.save(new ReachedMilestone(employee.value(), milestone, clock.instant()));
            }
        });
        programmes.findByOpenEmployeeId(employee.value())
                .ifPresent(programme -> deliver(programme.id(), () -> processes.milestoneReached(programme.id())));
    }

    private void deliver(long programmeId, Runnable delivery) {
        try {
            separately.executeWithoutResult(status -> delivery.run());
        } catch (RuntimeException e) {
            log.warn("Coaching programme {} could not take its next step; it stays where it waits", programmeId, e);
        }
    }
}
