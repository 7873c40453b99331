package dev.podium.coaching;

import dev.podium.activity.ActivityIndexService;
import dev.podium.activity.VoiceTopicService;
import dev.podium.people.ActiveCoach;
import dev.podium.people.EmployeeDetails;
import dev.podium.people.EmployeeRef;
import dev.podium.people.EmployeeService;
import dev.podium.shared.AccessLog;
import dev.podium.shared.AccessLogAction;
import dev.podium.shared.CurrentUser;
import dev.podium.shared.Roles;
import dev.podium.shared.SignedInUser;
import dev.podium.shared.EmployeeId;
import jakarta.annotation.security.RolesAllowed;
import java.time.Clock;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.data.domain.Pageable;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The coaching programme as people use it: HR assigns it and sees everyone's stage (never notes or activity), an
 * employee joins and follows their own, and a coach sees a participant's details only while assigned to them in an
 * open programme.
 */
@Service
public class CoachingService {

    /** Longest check-in notes a coach may keep. */
    public static final int MAX_NOTES = 4_000;

    private final CoachingProgrammeRepository programmes;
    private final ReachedMilestoneRepository milestones;
    private final CoachingWorkflow processes;
    private final CoachChooser chooser;
    private final EmployeeService employees;
    private final ActivityIndexService activity;
    private final VoiceTopicService voiceTopics;
    private final CoachingProperties properties;
    private final CurrentUser currentUser;
    private final Clock clock;
    private final AccessLog accessLog;

    CoachingService(CoachingProgrammeRepository programmes, ReachedMilestoneRepository milestones,
            CoachingWorkflow processes, CoachChooser chooser, EmployeeService employees, ActivityIndexService activity,
            VoiceTopicService voiceTopics, CoachingProperties properties, CurrentUser currentUser, Clock clock,
            AccessLog accessLog) {
        this.accessLog = accessLog;
        this.programmes = programmes;
        this.milestones = milestones;
        this.processes = processes;
        this.chooser = chooser;
        this.employees = employees;
        this.activity = activity;
        this.voiceTopics = voiceTopics;
        this.properties = properties;
        this.currentUser = currentUser;
        this.clock = clock;
    }

    /**
     * The signed-in employee joins the programme; a coach who speaks {@code language} is assigned when there is one.
     *
     * @return the programme's id
     */
    @RolesAllowed(Roles.EMPLOYEE)
    @Transactional
    public long join(Locale language) {
        SignedInUser me = currentUser.require();
        return open(me.employeeId(), me.displayName(), language);
    }

    /** HR assigns the programme to an active employee; the least-loaded coach who speaks their language coaches. */
    @RolesAllowed({Roles.HR_ADMIN, Roles.SYSTEM})
    @Transactional
    public long assign(EmployeeId employee) {
        EmployeeDetails details = employees.get(employee);
        if (!details.active()) {
            throw new CoachingRuleViolation("coaching.error.inactive");
        }
        return open(employee, details.draft().firstName() + " " + details.draft().lastName(),
                details.draft().locale());
    }

    /** HR hands an open programme to another active coach. */
    @RolesAllowed(Roles.HR_ADMIN)
    @Transactional
    public void reassignCoach(long programmeId, EmployeeId coach) {
        CoachingProgramme programme = programme(programmeId);
        if (coach.value() == programme.employeeId()) {
            throw new CoachingRuleViolation("coaching.error.own-coach");
        }
        ActiveCoach chosen = employees.activeCoaches().stream().filter(c -> c.id().equals(coach)).findFirst()
                .orElseThrow(() -> new CoachingRuleViolation("coaching.error.not-a-coach"));
        long previous = programme.coachId();
        programme.reassign(chosen.id().value(), chosen.name());
        processes.reassign(programmeId, chosen.id());
        accessLog.record(AccessLogAction.COACH_CHANGED, EmployeeId.of(programme.employeeId()), null,
                "Coaching programme " + programmeId + ": coach " + previous + " → "
                        + chosen.id().value());
    }

    /** A page of all programmes, newest first: stage and coach, never notes or activity. */
    @RolesAllowed(Roles.HR_ADMIN)
    @Transactional(readOnly = true)
    public List<ProgrammeRow> programmes(Pageable page) {
        // opened when the first page is fetched; scrolling further is the same look
        if (page.isUnpaged() || page.getPageNumber() == 0) {
            accessLog.record(AccessLogAction.LIST_OPENED, null, "coaching programmes", "HR's list of every programme");
        }
        return programmes.findAllByOrderByStartedAtDescIdDesc(page).stream().map(CoachingService::row).toList();
    }

    /** Active coaches, for HR's reassignment. */
    @RolesAllowed(Roles.HR_ADMIN)
    @Transactional(readOnly = true)
    public List<ActiveCoach> coaches() {
        return employees.activeCoaches();
    }

    /** Active people whose name or e-mail starts with the text, for HR to pick a participant. */
    @RolesAllowed(Roles.HR_ADMIN)
    @Transactional(readOnly = true)
    public List<EmployeeRef> candidates(String text, Pageable page) {
        return employees.findActivePeople(text, page);
    }

    /** The signed-in employee's open programme, or else their last one. */
    @RolesAllowed(Roles.EMPLOYEE)
    @Transactional(readOnly = true)
    public Optional<MyProgramme> myProgramme() {
        long me = currentUser.employeeId().value();
        return programmes.findByOpenEmployeeId(me).or(() -> programmes.findFirstByEmployeeIdOrderByStartedAtDescIdDesc(me))
                .map(p -> new MyProgramme(p.id(), p.stage(), p.coachName(), p.startedAt(), milestonesOf(me),
                        p.topicsAgreed(), p.goalMet(), new PracticeGoal(properties.goalOriginalPostWeeks(),
                                properties.goalWeeks(), properties.goalSliAtLeast()),
                        !voiceTopics.myVoiceTopics().isEmpty()));
    }

    /**
     * The signed-in employee's open programme with its coach, if one links them now: the drafts module shares a draft
     * with that coach only while this holds.
     */
    @RolesAllowed(Roles.EMPLOYEE)
    @Transactional(readOnly = true)
    public Optional<ProgrammeRow> myOpenProgramme() {
        return programmes.findByOpenEmployeeId(currentUser.employeeId().value()).map(CoachingService::row);
    }

    /** What the signed-in employee has done towards a programme, also before joining one. */
    @RolesAllowed(Roles.EMPLOYEE)
    @Transactional(readOnly = true)
    public Set<Milestone> myMilestones() {
        return milestonesOf(currentUser.employeeId().value());
    }

    /** The signed-in coach's participants in open programmes. */
    @RolesAllowed(Roles.COACH)
    @Transactional(readOnly = true)
    public List<ProgrammeRow> myParticipants() {
        return programmes.findOpenByCoach(currentUser.employeeId().value()).stream().map(CoachingService::row)
                .toList();
    }

    /** Steps waiting for the signed-in coach, oldest first. */
    @RolesAllowed(Roles.COACH)
    @Transactional(readOnly = true)
    public List<CoachTask> myCoachTasks() {
        EmployeeId me = currentUser.employeeId();
        List<OpenCoachTask> open = processes.openTasksOf(me);
        Map<Long, String> names = programmes.findAllById(open.stream().map(OpenCoachTask::programmeId).toList())
                .stream().collect(Collectors.toMap(CoachingProgramme::id, CoachingProgramme::participantName));
        return open.stream().filter(task -> names.containsKey(task.programmeId()))
                .map(task -> new CoachTask(task.programmeId(), names.get(task.programmeId()), task.kind(),
                        task.since()))
                .toList();
    }

    /**
     * A participant's details for their coach: refused ({@link AccessDeniedException}) unless the signed-in coach is
     * assigned to that open programme.
     */
    @RolesAllowed(Roles.COACH)
    @Transactional(readOnly = true)
    public Participant participant(long programmeId) {
        CoachingProgramme p = coachedByMe(programmeId);
        EmployeeId employee = EmployeeId.of(p.employeeId());
        List<CoachTask> tasks = processes.openTasksOf(programmeId).stream()
                .map(task -> new CoachTask(programmeId, p.participantName(), task.kind(), task.since())).toList();
        return new Participant(programmeId, employee, p.participantName(), p.stage(), p.startedAt(),
                p.lastProgressAt(), milestonesOf(p.employeeId()), p.midpointNotes(), p.finalNotes(), p.goalMet(),
                activity.evidenceFor(employee), tasks, activity.conversationsOf(employee));
    }

    /** The coach and the participant agreed the participant's voice topics; the practice period starts. */
    @RolesAllowed(Roles.COACH)
    @Transactional
    public void agreeTopics(long programmeId) {
        CoachingProgramme programme = coachedByMe(programmeId);
        programme.agreeTopics(clock.instant());
        complete(programme, CoachTaskKind.AGREE_TOPICS, null);
    }

    @RolesAllowed(Roles.COACH)
    @Transactional
    public void recordMidpointCheckIn(long programmeId, String notes) {
        CoachingProgramme programme = coachedByMe(programmeId);
        programme.recordMidpoint(notes(notes), clock.instant());
        complete(programme, CoachTaskKind.MIDPOINT_CHECK_IN, null);
    }

    /** The final check-in: completing closes the programme, extending starts another practice period. */
    @RolesAllowed(Roles.COACH)
    @Transactional
    public void recordFinalCheckIn(long programmeId, String notes, CheckInDecision decision) {
        if (decision == null) {
            throw new CoachingRuleViolation("coaching.error.decision-required");
        }
        CoachingProgramme programme = coachedByMe(programmeId);
        programme.recordFinal(notes(notes), clock.instant());
        complete(programme, CoachTaskKind.FINAL_CHECK_IN, decision);
    }

    private long open(EmployeeId employee, String name, Locale language) {
        if (programmes.findByOpenEmployeeId(employee.value()).isPresent()) {
            throw new CoachingRuleViolation("coaching.error.already-open");
        }
        ActiveCoach coach = chooser.choose(employee, language);
        // flushed now: the unique key on open programmes refuses a second one joined at the same moment
        CoachingProgramme programme = programmes.saveAndFlush(new CoachingProgramme(employee.value(), name,
                coach.id().value(), coach.name(), clock.instant()));
        processes.start(programme.id(), coach.id(), properties.coachReminderAfter());
        return programme.id();
    }

    private void complete(CoachingProgramme programme, CoachTaskKind kind, CheckInDecision decision) {
        if (!processes.completeCoachTask(programme.id(), kind, currentUser.employeeId(), decision)) {
            throw new CoachingRuleViolation("coaching.error.wrong-stage");
        }
    }

    private CoachingProgramme coachedByMe(long programmeId) {
        CoachingProgramme programme = programmes.findById(programmeId).orElse(null);
        if (programme == null || !programme.stage().open()
                || programme.coachId() != currentUser.employeeId().value()) {
            // the same answer whether the programme exists or not: a coach learns nothing about others' participants
            throw new AccessDeniedException("Not a participant of this coach");
        }
        return programme;
    }

    private CoachingProgramme programme(long programmeId) {
        return programmes.findById(programmeId)
                .orElseThrow(() -> new CoachingRuleViolation("coaching.error.unknown"));
    }

    private Set<Milestone> milestonesOf(long employeeId) {
        Set<Milestone> reached = EnumSet.noneOf(Milestone.class);
        milestones.findByEmployeeId(employeeId).forEach(m -> reached.add(m.milestone()));
        return reached;
    }

    private static String notes(String notes) {
        if (notes == null || notes.isBlank()) {
            throw new CoachingRuleViolation("coaching.error.notes-required");
        }
        if (notes.strip().length() > MAX_NOTES) {
            throw new CoachingRuleViolation("coaching.error.notes-too-long");
        }
        return notes.strip();
    }

    private static ProgrammeRow row(CoachingProgramme p) {
        return new ProgrammeRow(p.id(), EmployeeId.of(p.employeeId()), p.participantName(),
                EmployeeId.of(p.coachId()), p.coachName(), p.stage(), p.startedAt(), p.lastProgressAt());
    }
}
