package dev.podium.rollout;

import dev.podium.course.CourseService;
import dev.podium.learning.LearnerCounts;
import dev.podium.learning.LearnerState;
import dev.podium.learning.LearningService;
import dev.podium.notification.NotificationService;
import dev.podium.people.EmployeeRef;
import dev.podium.people.EmployeeSelection;
import dev.podium.people.EmployeeSelectionService;
import dev.podium.people.ListedPeople;
import dev.podium.shared.CurrentUser;
import dev.podium.security.InvitationOutcome;
import dev.podium.shared.Roles;
import dev.podium.security.SignInLinkService;
import dev.podium.shared.SystemUser;
import dev.podium.shared.CourseId;
import dev.podium.shared.EmployeeId;
import jakarta.annotation.security.RolesAllowed;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.stream.Collectors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.data.domain.Pageable;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * The programme rollout in waves, following the programme's steps: objectives (a named wave with its objective),
 * plan (members by department, country or list; courses, the coaching programme, a due date), launch (members fixed,
 * {@link WaveLaunched}; then, off the caller's thread, {@link WaveLauncher} enrols them page by page through
 * learning and coaching), stay involved (progress read from learning, and a reminder to those not started).
 */
@Service
public class WaveService {

    private static final Logger log = LoggerFactory.getLogger(WaveService.class);
    private static final int MAX_NAME = 120;
    private static final int MAX_OBJECTIVE = 2_000;
    private static final int PAGE = 5_000;
    private static final Set<String> COUNTRIES = new HashSet<>(Arrays.asList(Locale.getISOCountries()));

    private final WaveRepository waves;
    private final EmployeeSelectionService selections;
    private final CourseService courses;
    private final LearningService learning;
    private final NotificationService notifications;
    private final WaveLauncher launcher;
    private final CurrentUser currentUser;
    private final ApplicationEventPublisher events;
    private final Clock clock;
    private final SignInLinkService invitations;
    private final JdbcTemplate jdbc;

    WaveService(WaveRepository waves, EmployeeSelectionService selections, CourseService courses,
            LearningService learning, NotificationService notifications, WaveLauncher launcher,
            CurrentUser currentUser, ApplicationEventPublisher events, Clock clock, SignInLinkService invitations,
            JdbcTemplate jdbc) {
        this.waves = waves;
        this.selections = selections;
        this.courses = courses;
        this.learning = learning;
        this.notifications = notifications;
        this.launcher = launcher;
        this.currentUser = currentUser;
        this.events = events;
        this.clock = clock;
        this.invitations = invitations;
        this.jdbc = jdbc;
    }

    /** A page of the waves, newest first. */
    @RolesAllowed(Roles.HR_ADMIN)
    @Transactional(readOnly = true)
    public List<WaveSummary> list(Pageable page) {
        return waves.findAllByOrderByCreatedAtDescIdDesc(page).stream()
                .map(w -> new WaveSummary(w.id(), w.name(), w.state(), w.dueDate(), w.courses().size(),
                        w.coachingProgramme(), w.createdAt(), w.launchedAt()))
                .toList();
    }

    @RolesAllowed(Roles.HR_ADMIN)
    @Transactional(readOnly = true)
    public WaveDetails get(long waveId) {
        Wave wave = wave(waveId);
        WavePlan plan = plan(wave);
        boolean launched = wave.state() == WaveState.LAUNCHED;
        long members = launched ? waves.countMembers(waveId) : selections.countActive(plan.members());
        boolean finished = launched && wave.launchFinishedAt() != null;
        long done = !launched ? 0 : finished ? members : waves.countMembersThrough(waveId, wave.launchedThrough());
        return new WaveDetails(wave.id(), wave.name(), wave.objective(), wave.state(), plan, members,
                wave.launchedAt(), done, finished, wave.version());
    }

    /** Step one, objectives: a new wave with its name and what it is for. */
    @RolesAllowed(Roles.HR_ADMIN)
    @Transactional
    public long create(String name, String objective) {
        Wave wave = new Wave(name(name), objective(objective), currentUser.employeeId().value(), clock.instant());
        return waves.save(wave).id();
    }

    @RolesAllowed(Roles.HR_ADMIN)
    @Transactional
    public void describe(long waveId, String name, String objective) {
        wave(waveId).describe(name(name), objective(objective));
    }

    /** Step two, the plan: who, what and by when. The wave is then ready to launch. */
    @RolesAllowed(Roles.HR_ADMIN)
    @Transactional
    public void plan(long waveId, WavePlan plan) {
        Wave wave = wave(waveId);
        if (plan.members().isEmpty()) {
            throw new RolloutRuleViolation("members", "wave.error.no-members");
        }
        if (plan.courses().isEmpty() && !plan.coachingProgramme()) {
            throw new RolloutRuleViolation("courses", "wave.error.nothing-to-do");
        }
        if (!plan.courses().isEmpty() && plan.dueDate() == null) {
            throw new RolloutRuleViolation("dueDate", "wave.error.due-date-required");
        }
        if (plan.dueDate() != null && !plan.dueDate().isAfter(LocalDate.now(clock))) {
            throw new RolloutRuleViolation("dueDate", "wave.error.due-date-past");
        }
        for (CourseId course : plan.courses()) {
            if (courses.outline(course, Locale.ENGLISH).isEmpty()) {
                throw new RolloutRuleViolation("courses", "wave.error.course-unknown");
            }
        }
        Set<String> countries = new LinkedHashSet<>();
        for (String code : plan.countryCodes()) {
            String clean = code == null ? "" : code.strip().toUpperCase(Locale.ROOT);
            if (!COUNTRIES.contains(clean)) {
                throw new RolloutRuleViolation("countries", "employee.error.country-invalid");
            }
            countries.add(clean);
        }
        if (!selections.departmentsExist(plan.departmentIds())) {
            throw new RolloutRuleViolation("departments", "employee.error.department-unknown");
        }
        wave.plan(plan.departmentIds(), countries, plan.listed().stream().map(EmployeeId::value)
                .collect(Collectors.toSet()), plan.courses().stream().map(CourseId::value).collect(Collectors.toSet()),
                plan.coachingProgramme(), plan.dueDate());
    }

    /**
     * Resolves a pasted list (one per line, or separated by commas, semicolons or spaces) of e-mail addresses or
     * HRIS employee ids to people.
     */
    @RolesAllowed(Roles.HR_ADMIN)
    public ListedPeople resolveList(String pasted) {
        return selections.resolveList(pasted);
    }

    /**
     * Step three, launch: fixes the members (the active people the plan names now) and publishes
     * {@link WaveLaunched}; once that has committed, the members are enrolled and started on the coaching programme
     * page by page off the caller's thread ({@link WaveDetails#membersLaunched()} tells how far it got; a launch a
     * node did not finish is resumed). A wave launches once.
     */
    @RolesAllowed(Roles.HR_ADMIN)
    @Transactional
    public WaveLaunch launch(long waveId) {
        Wave wave = wave(waveId);
        EmployeeId me = currentUser.employeeId();
        Instant now = clock.instant();
        wave.launch(me.value(), now);
        waves.flush();
        EmployeeSelection selection = plan(wave).members();
        long members = 0;
        long after = 0;
        List<EmployeeId> page;
        do {
            page = selections.activeAfter(selection, after, PAGE);
            List<Object[]> rows = page.stream().map(id -> new Object[] {waveId, id.value()}).toList();
            jdbc.batchUpdate("INSERT IGNORE INTO wave_member (wave_id, employee_id) VALUES (?, ?)", rows);
            members += page.size();
            after = page.isEmpty() ? after : page.getLast().value();
        } while (page.size() == PAGE);
        events.publishEvent(new WaveLaunched(waveId, wave.name(), members, courseIds(wave), wave.dueDate(),
                wave.coachingProgramme(), me, now));
        CompletableFuture<WaveLaunchOutcome> finished = new CompletableFuture<>();
        // the members' pages are read by another thread: only once they are committed
        TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
            @Override
            public void afterCompletion(int status) {
                if (status == STATUS_COMMITTED) {
                    launcher.start(waveId).whenComplete((outcome, failure) -> {
                        if (failure != null) {
                            finished.completeExceptionally(failure);
                        } else {
                            finished.complete(outcome);
                        }
                    });
                } else {
                    finished.cancel(false);
                }
            }
        });
        return new WaveLaunch(members, finished);
    }

    /** A page of a launched wave's members with their names and how they are getting on, in id order. */
    @RolesAllowed(Roles.HR_ADMIN)
    @Transactional(readOnly = true)
    public List<WaveMember> members(long waveId, int offset, int limit) {
        Wave wave = wave(waveId);
        List<EmployeeId> page = waves.findMembersFrom(waveId, offset, Math.min(limit, PAGE)).stream()
                .map(EmployeeId::of).toList();
        if (page.isEmpty()) {
            return List.of();
        }
        Map<EmployeeId, LearnerState> states = learning.statesOf(page, courseIds(wave));
        return selections.refs(page).stream().map(ref -> new WaveMember(ref.employeeId(), ref.name(), ref.email(),
                states.getOrDefault(ref.employeeId(), LearnerState.NOT_STARTED))).toList();
    }

    /** The e-mail addresses of the people a wave's plan lists one by one, to show the saved list again. */
    @RolesAllowed(Roles.HR_ADMIN)
    @Transactional(readOnly = true)
    public List<String> listedEmails(long waveId) {
        return selections.refs(plan(wave(waveId)).listed()).stream().map(EmployeeRef::email).toList();
    }

    /** Step four, stay involved: how the members are getting on with the wave's courses, as learning knows it. */
    @RolesAllowed(Roles.HR_ADMIN)
    @Transactional(readOnly = true)
    public WaveProgress progress(long waveId) {
        Wave wave = wave(waveId);
        if (wave.state() != WaveState.LAUNCHED || wave.courses().isEmpty()) {
            return WaveProgress.NONE;
        }
        Set<CourseId> courseIds = courseIds(wave);
        WaveProgress total = WaveProgress.NONE;
        long after = 0;
        List<Long> page;
        do {
            page = waves.findMembersAfter(waveId, after, PAGE);
            if (!page.isEmpty()) {
                LearnerCounts counts = learning.countsOf(page.stream().map(EmployeeId::of).toList(), courseIds);
                total = total.plus(new WaveProgress(counts.notStarted(), counts.inProgress(), counts.completed()));
                after = page.getLast();
            }
        } while (page.size() == PAGE);
        return total;
    }

    /**
     * Reminds the members of a launched wave who have not started its courses (at most once a day each).
     *
     * @return how many were reminded now
     */
    @RolesAllowed(Roles.HR_ADMIN)
    @Transactional(readOnly = true) // each notification commits on its own (NotificationService.notify)
    public int remindNotStarted(long waveId) {
        Wave wave = wave(waveId);
        if (wave.state() != WaveState.LAUNCHED) {
            throw new RolloutRuleViolation("state", "wave.error.not-launched");
        }
        Set<CourseId> courseIds = courseIds(wave);
        if (courseIds.isEmpty()) {
            return 0;
        }
        LocalDate today = LocalDate.now(clock);
        String due = wave.dueDate() == null ? "" : wave.dueDate().toString();
        int reminded = 0;
        long after = 0;
        List<Long> page;
        do {
            page = waves.findMembersAfter(waveId, after, PAGE);
            for (EmployeeId member : learning.notStarted(page.stream().map(EmployeeId::of).toList(), courseIds)) {
                // the key (and its translations) stay learning's: reminders sent before keep their text; once a
                // day per wave and person, however often HR presses the button. Sending is the system's act (HR
                // asks for it here), as every notification is.
                if (SystemUser.call(() -> notifications.notify(member, "learning.notification.wave-reminder",
                        List.of(wave.name(), due), "learning", "wave-" + waveId + "-reminder-" + today))) {
                    reminded++;
                }
            }
            after = page.isEmpty() ? after : page.getLast();
        } while (page.size() == PAGE);
        log.info("Wave {}: {} member(s) reminded", waveId, reminded);
        return reminded;
    }

    /**
     * Invites every member of a launched wave by e-mail (again): a one-time link to choose a password, or the
     * sign-in page with single sign-on. Members who left are skipped.
     */
    @RolesAllowed(Roles.HR_ADMIN)
    public InvitationOutcome inviteMembers(long waveId) {
        Wave wave = wave(waveId);
        if (wave.state() != WaveState.LAUNCHED) {
            throw new RolloutRuleViolation("state", "wave.error.not-launched");
        }
        List<EmployeeId> members = new ArrayList<>();
        long after = 0;
        List<Long> page;
        do {
            page = waves.findMembersAfter(waveId, after, PAGE);
            page.forEach(id -> members.add(EmployeeId.of(id)));
            after = page.isEmpty() ? after : page.getLast();
        } while (page.size() == PAGE);
        return invitations.invite(members);
    }

    static Set<CourseId> courseIds(Wave wave) {
        return wave.courses().stream().map(CourseId::of).collect(Collectors.toSet());
    }

    private static WavePlan plan(Wave wave) {
        return new WavePlan(wave.departments(), wave.countries(),
                wave.listed().stream().map(EmployeeId::of).collect(Collectors.toSet()), courseIds(wave),
                wave.coachingProgramme(), wave.dueDate());
    }

    private Wave wave(long waveId) {
        return waves.findById(waveId).orElseThrow(() -> new RolloutRuleViolation("id", "wave.error.unknown"));
    }

    private static String name(String name) {
        if (name == null || name.isBlank()) {
            throw new RolloutRuleViolation("name", "wave.error.name-required");
        }
        if (name.strip().length() > MAX_NAME) {
            throw new RolloutRuleViolation("name", "wave.error.name-too-long");
        }
        return name.strip();
    }

    private static String objective(String objective) {
        if (objective == null || objective.isBlank()) {
            return null;
        }
        if (objective.strip().length() > MAX_OBJECTIVE) {
            throw new RolloutRuleViolation("objective", "wave.error.objective-too-long");
        }
        return objective.strip();
    }
}
