package dev.podium.people;

import dev.podium.course.CourseService;
import dev.podium.security.CurrentUser;
import dev.podium.security.InvitationOutcome;
import dev.podium.security.SignInLinkService;
import dev.podium.security.Roles;
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
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.data.domain.Pageable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The programme rollout in waves, following the programme's steps: objectives (a named wave with its objective),
 * plan (members by department, country or list; courses, the coaching programme, a due date), launch (members fixed,
 * {@link WaveLaunched} published: learning enrols them, coaching starts their programme), stay involved (progress
 * and a reminder to those not started, {@link WaveReminderRequested}).
 */
@Service
public class WaveService {

    private static final int MAX_NAME = 120;
    private static final int MAX_OBJECTIVE = 2_000;
    private static final int PROGRESS_PAGE = 5_000;
    private static final Set<String> COUNTRIES = new HashSet<>(Arrays.asList(Locale.getISOCountries()));

    private final WaveRepository waves;
    private final DepartmentRepository departments;
    private final CourseService courses;
    private final ObjectProvider<WaveProgressSource> progressSources;
    private final CurrentUser currentUser;
    private final ApplicationEventPublisher events;
    private final Clock clock;
    private final SignInLinkService invitations;

    WaveService(WaveRepository waves, DepartmentRepository departments, CourseService courses,
            ObjectProvider<WaveProgressSource> progressSources, CurrentUser currentUser,
            ApplicationEventPublisher events, Clock clock, SignInLinkService invitations) {
        this.invitations = invitations;
        this.waves = waves;
        this.departments = departments;
        this.courses = courses;
        this.progressSources = progressSources;
        this.currentUser = currentUser;
        this.events = events;
        this.clock = clock;
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

    @RolesAllowed({Roles.HR_ADMIN, Roles.SYSTEM})
    @Transactional(readOnly = true)
    public WaveDetails get(long waveId) {
        Wave wave = wave(waveId);
        long members = wave.state() == WaveState.LAUNCHED ? waves.countMembers(waveId)
                : waves.countPlannedMembers(waveId);
        return new WaveDetails(wave.id(), wave.name(), wave.objective(), wave.state(), plan(wave), members,
                wave.launchedAt(), wave.version());
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
        if (plan.departmentIds().isEmpty() && plan.countryCodes().isEmpty() && plan.listed().isEmpty()) {
            throw new PeopleRuleViolation("members", "wave.error.no-members");
        }
        if (plan.courses().isEmpty() && !plan.coachingProgramme()) {
            throw new PeopleRuleViolation("courses", "wave.error.nothing-to-do");
        }
        if (!plan.courses().isEmpty() && plan.dueDate() == null) {
            throw new PeopleRuleViolation("dueDate", "wave.error.due-date-required");
        }
        if (plan.dueDate() != null && !plan.dueDate().isAfter(LocalDate.now(clock))) {
            throw new PeopleRuleViolation("dueDate", "wave.error.due-date-past");
        }
        for (CourseId course : plan.courses()) {
            if (courses.outline(course, Locale.ENGLISH).isEmpty()) {
                throw new PeopleRuleViolation("courses", "wave.error.course-unknown");
            }
        }
        Set<String> countries = new LinkedHashSet<>();
        for (String code : plan.countryCodes()) {
            String clean = code == null ? "" : code.strip().toUpperCase(Locale.ROOT);
            if (!COUNTRIES.contains(clean)) {
                throw new PeopleRuleViolation("countries", "employee.error.country-invalid");
            }
            countries.add(clean);
        }
        if (departments.findAllById(plan.departmentIds()).size() != plan.departmentIds().size()) {
            throw new PeopleRuleViolation("departments", "employee.error.department-unknown");
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
    @Transactional(readOnly = true)
    public ListedPeople resolveList(String pasted) {
        List<String> entries = pasted == null ? List.of() : Arrays.stream(pasted.split("[\\s,;]+"))
                .map(String::strip).filter(s -> !s.isEmpty()).distinct().toList();
        Set<String> keys = entries.stream().map(e -> e.contains("@") ? e.toLowerCase(Locale.ROOT) : e)
                .collect(Collectors.toCollection(LinkedHashSet::new));
        Set<EmployeeId> found = new LinkedHashSet<>();
        Set<String> matched = new HashSet<>();
        List<String> chunk = new ArrayList<>();
        for (String key : keys) {
            chunk.add(key);
            if (chunk.size() == 1_000) {
                resolve(chunk, found, matched);
                chunk.clear();
            }
        }
        resolve(chunk, found, matched);
        List<String> unknown = entries.stream()
                .filter(e -> !matched.contains(e.contains("@") ? e.toLowerCase(Locale.ROOT) : e)).toList();
        return new ListedPeople(found, unknown);
    }

    private void resolve(List<String> keys, Set<EmployeeId> found, Set<String> matched) {
        if (keys.isEmpty()) {
            return;
        }
        waves.findIdsByKeys(keys).forEach(id -> found.add(EmployeeId.of(id)));
        for (Object[] row : waves.findKeysIn(keys)) {
            matched.add((String) row[0]);
            if (row[1] != null) {
                matched.add((String) row[1]);
            }
        }
    }

    /**
     * Step three, launch: fixes the members (the active people the plan names now) and publishes
     * {@link WaveLaunched}. A wave launches once.
     */
    @RolesAllowed(Roles.HR_ADMIN)
    @Transactional
    public long launch(long waveId) {
        Wave wave = wave(waveId);
        EmployeeId me = currentUser.employeeId();
        Instant now = clock.instant();
        wave.launch(me.value(), now);
        waves.flush();
        int members = waves.fixMembers(waveId);
        events.publishEvent(new WaveLaunched(waveId, courseIds(wave), wave.dueDate(), wave.coachingProgramme(), me,
                now));
        return members;
    }

    /**
     * A page of a launched wave's members in id order, after the given employee id (0 for the first page). For the
     * modules acting on {@link WaveLaunched}; the system calls it.
     */
    @RolesAllowed({Roles.HR_ADMIN, Roles.SYSTEM})
    @Transactional(readOnly = true)
    public List<EmployeeId> members(long waveId, long afterEmployeeId, int size) {
        return waves.findMembersAfter(waveId, afterEmployeeId, size).stream().map(EmployeeId::of).toList();
    }

    /** Step four, stay involved: how the members are getting on with the wave's courses. */
    @RolesAllowed(Roles.HR_ADMIN)
    @Transactional(readOnly = true)
    public WaveProgress progress(long waveId) {
        Wave wave = wave(waveId);
        WaveProgressSource source = progressSources.getIfAvailable();
        if (wave.state() != WaveState.LAUNCHED || source == null || wave.courses().isEmpty()) {
            return WaveProgress.NONE;
        }
        Set<CourseId> courseIds = courseIds(wave);
        WaveProgress total = WaveProgress.NONE;
        long after = 0;
        List<Long> page;
        do {
            page = waves.findMembersAfter(waveId, after, PROGRESS_PAGE);
            if (!page.isEmpty()) {
                total = total.plus(source.progressOf(page.stream().map(EmployeeId::of).toList(), courseIds));
                after = page.getLast();
            }
        } while (page.size() == PROGRESS_PAGE);
        return total;
    }

    /** Reminds the members of a launched wave who have not started its courses (at most once a day each). */
    @RolesAllowed(Roles.HR_ADMIN)
    @Transactional // not read-only: the event's publication is stored in this transaction
    public void remindNotStarted(long waveId) {
        Wave wave = wave(waveId);
        if (wave.state() != WaveState.LAUNCHED) {
            throw new PeopleRuleViolation("state", "wave.error.not-launched");
        }
        events.publishEvent(new WaveReminderRequested(waveId, wave.name(), courseIds(wave), wave.dueDate(),
                currentUser.employeeId(), clock.instant()));
    }

    /**
     * Invites every member of a launched wave by e-mail (again): a one-time link to choose a password, or the
     * sign-in page with single sign-on. Members who left are skipped.
     */
    @RolesAllowed(Roles.HR_ADMIN)
    public InvitationOutcome inviteMembers(long waveId) {
        Wave wave = wave(waveId);
        if (wave.state() != WaveState.LAUNCHED) {
            throw new PeopleRuleViolation("state", "wave.error.not-launched");
        }
        List<EmployeeId> members = new java.util.ArrayList<>();
        long after = 0;
        List<Long> page;
        do {
            page = waves.findMembersAfter(waveId, after, PROGRESS_PAGE);
            page.forEach(id -> members.add(EmployeeId.of(id)));
            if (!page.isEmpty()) {
                after = page.getLast();
            }
        } while (page.size() == PROGRESS_PAGE);
        return invitations.invite(members);
    }

    private static Set<CourseId> courseIds(Wave wave) {
        return wave.courses().stream().map(CourseId::of).collect(Collectors.toSet());
    }

    private static WavePlan plan(Wave wave) {
        return new WavePlan(wave.departments(), wave.countries(),
                wave.listed().stream().map(EmployeeId::of).collect(Collectors.toSet()), courseIds(wave),
                wave.coachingProgramme(), wave.dueDate());
    }

    private Wave wave(long waveId) {
        return waves.findById(waveId).orElseThrow(() -> new PeopleRuleViolation("id", "wave.error.unknown"));
    }

    private static String name(String name) {
        if (name == null || name.isBlank()) {
            throw new PeopleRuleViolation("name", "wave.error.name-required");
        }
        if (name.strip().length() > MAX_NAME) {
            throw new PeopleRuleViolation("name", "wave.error.name-too-long");
        }
        return name.strip();
    }

    private static String objective(String objective) {
        if (objective == null || objective.isBlank()) {
            return null;
        }
        if (objective.strip().length() > MAX_OBJECTIVE) {
            throw new PeopleRuleViolation("objective", "wave.error.objective-too-long");
        }
        return objective.strip();
    }
}
