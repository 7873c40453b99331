package dev.podium.coaching;

import dev.podium.activity.ActivityIndexService;
import dev.podium.notification.NotificationService;
import dev.podium.shared.Roles;
import dev.podium.shared.EmployeeId;
import jakarta.annotation.security.RolesAllowed;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The steps the {@code coachingProgramme} process takes, called only by its delegates; business rules of the
 * programme live here, not in the BPMN file. A step runs in the transaction of whatever moved the process: a timer
 * on the job executor, an import, or a coach or employee acting in the UI. Only {@link Roles#SYSTEM} may call a step:
 * the delegates call every step as {@code SystemUser} (which also holds inside a UI request), so no person, HR
 * included, can take a step directly.
 */
@Service
public class ProgrammeStepService {

    static final String NUDGE_LINK = "coaching";
    static final String COACH_LINK = "coach/programmes";

    private final CoachingProgrammeRepository programmes;
    private final ReachedMilestoneRepository milestones;
    private final ActivityIndexService activity;
    private final NotificationService notifications;
    private final CoachingProperties properties;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    ProgrammeStepService(CoachingProgrammeRepository programmes, ReachedMilestoneRepository milestones,
            ActivityIndexService activity, NotificationService notifications, CoachingProperties properties,
            ApplicationEventPublisher events, Clock clock) {
        this.programmes = programmes;
        this.milestones = milestones;
        this.activity = activity;
        this.notifications = notifications;
        this.properties = properties;
        this.events = events;
        this.clock = clock;
    }

    /** Whether the guidelines course and the attestation are both done; if so the profile audit is next. */
    @RolesAllowed(Roles.SYSTEM)
    @Transactional
    public boolean checkGuidelines(long programmeId) {
        CoachingProgramme programme = programme(programmeId);
        boolean done = reached(programme, Milestone.GUIDELINES_COURSE) && reached(programme, Milestone.POLICY_ATTESTED);
        if (done) {
            programme.advanceTo(Stage.PROFILE_AUDIT, clock.instant());
        }
        return done;
    }

    /** Whether the profile audit is approved; if so the coach agrees voice topics next. */
    @RolesAllowed(Roles.SYSTEM)
    @Transactional
    public boolean checkProfileAudit(long programmeId) {
        CoachingProgramme programme = programme(programmeId);
        boolean done = reached(programme, Milestone.PROFILE_AUDIT_APPROVED);
        if (done) {
            programme.advanceTo(Stage.VOICE_TOPICS, clock.instant());
        }
        return done;
    }

    /** Opens a practice period (the first, or another after an extension). */
    @RolesAllowed(Roles.SYSTEM)
    @Transactional
    public PracticePlan startPractice(long programmeId) {
        programme(programmeId).startPractice(clock.instant());
        return new PracticePlan(properties.practicePeriod(), properties.practicePeriod().dividedBy(2));
    }

    /** Whether the participant's activity meets every part of the practice goal now. */
    @RolesAllowed(Roles.SYSTEM)
    @Transactional
    public boolean evaluateGoal(long programmeId) {
        CoachingProgramme programme = programme(programmeId);
        EmployeeId employee = EmployeeId.of(programme.employeeId());
        boolean met = properties.goal().stream().allMatch(goal -> activity.meets(employee, goal));
        if (met) {
            programme.goalMet(clock.instant());
        }
        return met;
    }

    @RolesAllowed(Roles.SYSTEM)
    @Transactional
    public void enterFinalCheckIn(long programmeId) {
        programme(programmeId).advanceTo(Stage.FINAL_CHECK_IN, clock.instant());
    }

    /** Closes the programme as completed and publishes {@link CoachingProgrammeCompleted}. */
    @RolesAllowed(Roles.SYSTEM)
    @Transactional
    public void complete(long programmeId) {
        CoachingProgramme programme = programme(programmeId);
        Instant now = clock.instant();
        programme.complete(now);
        events.publishEvent(new CoachingProgrammeCompleted(EmployeeId.of(programme.employeeId()), programmeId,
                EmployeeId.of(programme.coachId()), now));
    }

    /**
     * Nudges the participant when the programme made no progress for {@code podium.coaching.stall-after}: once per
     * stall (the key names the last progress), however often the timer fires.
     *
     * @return whether a nudge went out now
     */
    @RolesAllowed(Roles.SYSTEM)
    @Transactional
    public boolean nudgeIfStalled(long programmeId) {
        CoachingProgramme programme = programme(programmeId);
        Instant last = programme.lastProgressAt();
        if (!programme.stage().open() || last.plus(properties.stallAfter()).isAfter(clock.instant())) {
            return false;
        }
        return notifications.notify(EmployeeId.of(programme.employeeId()), "coaching.notification.stalled",
                List.of(), NUDGE_LINK, "coaching-" + programmeId + "-stalled-" + last.toEpochMilli());
    }

    /**
     * Reminds the coach of a step open for {@code podium.coaching.coach-reminder-after}, once per step.
     *
     * @return whether a reminder went out now
     */
    @RolesAllowed(Roles.SYSTEM)
    @Transactional
    public boolean remindCoach(long programmeId, CoachTaskKind kind, EmployeeId coach, Instant openSince) {
        CoachingProgramme programme = programme(programmeId);
        if (openSince.plus(properties.coachReminderAfter()).isAfter(clock.instant())) {
            return false;
        }
        return notifications.notify(coach, "coaching.notification.coach-step", List.of(programme.participantName()),
                COACH_LINK, "coaching-" + programmeId + "-" + kind + "-" + coach + "-" + openSince.toEpochMilli());
    }

    private boolean reached(CoachingProgramme programme, Milestone milestone) {
        return milestones.existsByEmployeeIdAndMilestone(programme.employeeId(), milestone);
    }

    private CoachingProgramme programme(long programmeId) {
        return programmes.findById(programmeId)
                .orElseThrow(() -> new CoachingRuleViolation("coaching.error.unknown"));
    }
}
