package dev.podium.policy;

import dev.podium.content.ContentProblem;
import dev.podium.content.SafeMarkdown;
import dev.podium.people.DepartmentSummary;
import dev.podium.people.EmployeeDetails;
import dev.podium.people.EmployeeService;
import dev.podium.shared.CurrentUser;
import dev.podium.shared.Role;
import dev.podium.shared.Roles;
import dev.podium.shared.SystemUser;
import dev.podium.shared.CourseId;
import dev.podium.shared.EmployeeId;
import jakarta.annotation.security.RolesAllowed;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Policies to read and attest. An attestation is appended, never changed: it records the version and the SHA-256
 * of the exact text the person was shown, so a new version asks everyone again.
 */
@Service
public class PolicyService {

    private final PolicyLibrary library;
    private final PolicyAttestationRepository attestations;
    private final EmployeeService employees;
    private final List<CourseAtSigningSource> courses;
    private final CurrentUser currentUser;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    PolicyService(PolicyLibrary library, PolicyAttestationRepository attestations, EmployeeService employees,
            List<CourseAtSigningSource> courses, CurrentUser currentUser, ApplicationEventPublisher events,
            Clock clock) {
        this.library = library;
        this.attestations = attestations;
        this.employees = employees;
        this.courses = List.copyOf(courses);
        this.currentUser = currentUser;
        this.events = events;
        this.clock = clock;
    }

    /** The current version of a policy in the person's language, with their own attestations. */
    @RolesAllowed({Roles.EMPLOYEE, Roles.COACH, Roles.LINE_MANAGER, Roles.HR_ADMIN})
    @Transactional(readOnly = true)
    public Optional<PolicyPage> policy(String policyId, Locale language) {
        return library.policy(policyId).map(policy -> {
            PolicyText text = policy.text(language);
            List<Attestation> mine = attestations.mine(currentUser.employeeId().value(), policyId).stream()
                    .map(PolicyAttestation::view).toList();
            return new PolicyPage(policy.id(), text.title(), policy.version(), text.language(),
                    SafeMarkdown.render(text.markdown()), text.sha256(), mine, due(policy, mine));
        });
    }

    /** Policies whose current version the signed-in person has not attested, or whose renewal date has come. */
    @RolesAllowed({Roles.EMPLOYEE, Roles.COACH, Roles.LINE_MANAGER, Roles.HR_ADMIN})
    @Transactional(readOnly = true)
    public List<PolicyPage> dueForMe(Locale language) {
        List<PolicyPage> due = new ArrayList<>();
        for (String id : library.snapshot().policies().keySet()) {
            policy(id, language).filter(PolicyPage::attestationDue).ifPresent(due::add);
        }
        return due;
    }

    /**
     * Records that the signed-in person read and understood the version they were shown. {@code version} and
     * {@code textSha256} are what the page showed: if the policy changed meanwhile, nothing is recorded and the
     * person is asked to read the new version.
     */
    @RolesAllowed({Roles.EMPLOYEE, Roles.COACH, Roles.LINE_MANAGER, Roles.HR_ADMIN})
    @Transactional
    public Attestation attest(String policyId, String version, String textSha256, Locale language) {
        PolicyDefinition policy = library.policy(policyId)
                .orElseThrow(() -> new PolicyRuleViolation("policy.rule.unknown"));
        PolicyText shown = policy.texts().values().stream().filter(text -> text.sha256().equals(textSha256))
                .findFirst().orElse(null);
        if (!policy.version().equals(version) || shown == null) {
            throw new PolicyRuleViolation("policy.rule.changed");
        }
        EmployeeId me = currentUser.employeeId();
        Instant now = clock.instant();
        EmployeeDetails details = SystemUser.call(() -> employees.get(me));
        Long departmentId = details.draft().departmentId();
        String departmentName = departmentId == null ? null : SystemUser.call(employees::departments).stream()
                .filter(department -> department.id() == departmentId).map(DepartmentSummary::name)
                .findFirst().orElse(null);
        // the course asks for this attestation before it can be completed: record where the person stands in it
        Optional<CourseAtSigning> course = courses.stream()
                .map(source -> source.courseAtSigning(me, CourseId.of(policyId))).flatMap(Optional::stream)
                .findFirst();
        String roles = details.draft().roles().stream().map(Role::name).sorted().collect(Collectors.joining(","));
        LocalDate renewal = now.atZone(ZoneOffset.UTC).toLocalDate().plusMonths(policy.renewalMonths());
        PolicyAttestation saved = attestations.save(new PolicyAttestation(me.value(), policyId, policy.version(),
                shown.sha256(), shown.language().toLanguageTag(),
                course.map(CourseAtSigning::courseVersion).orElse(null),
                course.map(CourseAtSigning::quizScore).orElse(null), roles, departmentId, departmentName, now,
                renewal));
        // learning completes the attestation task of the course whose id is the policy's when this arrives
        events.publishEvent(new PolicyAttested(me, policyId, policy.version(), now));
        return saved.view();
    }

    /**
     * What the first policy with a {@code draftCheck} block says a draft should respect, in the person's language:
     * disclosure markings and the sections the check's advice refers to (numbered headings of the text shown). Empty
     * when no policy has such a block.
     */
    @RolesAllowed({Roles.EMPLOYEE, Roles.COACH, Roles.LINE_MANAGER, Roles.HR_ADMIN})
    public Optional<DraftRules> draftRules(Locale language) {
        return library.snapshot().policies().values().stream().filter(policy -> policy.draftCheck() != null)
                .findFirst().map(policy -> {
                    PolicyText text = policy.text(language);
                    PolicyDefinition.DraftCheck check = Objects.requireNonNull(policy.draftCheck());
                    Map<Integer, String> headings = new HashMap<>();
                    Matcher heading = SECTION_HEADING.matcher(text.markdown());
                    while (heading.find()) {
                        headings.put(Integer.parseInt(heading.group(1)), heading.group(2).strip());
                    }
                    Map<String, PolicySection> sections = new LinkedHashMap<>();
                    check.sections().forEach((key, number) -> sections.put(key,
                            new PolicySection(number, headings.getOrDefault(number, ""))));
                    return new DraftRules(policy.id(), text.title(), policy.version(), library.company(text.language()),
                            check.markings().getOrDefault(text.language(), List.of()), check.notEnough(), sections);
                });
    }

    private static final Pattern SECTION_HEADING =
            Pattern.compile("(?m)^#{2,3}\\s+(\\d{1,2})\\.\\s+(.+)$");

    /**
     * Whether someone attested the current version of a policy: an attestation made before enrolling in the policy's
     * course completes the course's attestation task. False for an unknown policy. The system calls it.
     */
    @RolesAllowed(Roles.SYSTEM)
    @Transactional(readOnly = true)
    public boolean attestedCurrentVersion(EmployeeId employee, String policyId) {
        return library.policy(policyId)
                .filter(policy -> attestations.attested(employee.value(), policy.id(), policy.version()))
                .isPresent();
    }

    /** The same for many people at once (a rollout page): those of them who attested the current version. */
    @RolesAllowed(Roles.SYSTEM)
    @Transactional(readOnly = true)
    public Set<EmployeeId> attestedCurrentVersionAmong(Collection<EmployeeId> people, String policyId) {
        return library.policy(policyId)
                .map(policy -> attestations.attestedAmong(people.stream().map(EmployeeId::value).toList(),
                        policy.id(), policy.version()).stream().map(EmployeeId::of).collect(Collectors.toSet()))
                .orElse(Set.of());
    }

    /** HR's view of a policy's coverage: the current version overall and per department, and every version. */
    @RolesAllowed(Roles.HR_ADMIN)
    @Transactional(readOnly = true)
    public Optional<PolicyCoverage> coverage(String policyId) {
        return library.policy(policyId).map(policy -> {
            Map<Long, Long> headcount = employees.activeHeadcountByDepartment();
            Map<Long, String> names = employees.departments().stream()
                    .collect(Collectors.toMap(DepartmentSummary::id, DepartmentSummary::name, (a, b) -> a));
            Map<Long, Object[]> attested = attestations.coverageByDepartment(policyId, policy.version()).stream()
                    .filter(row -> row[0] != null)
                    .collect(Collectors.toMap(row -> (Long) row[0], Function.identity(), (a, b) -> a));
            List<PolicyCoverage.DepartmentCoverage> departments = new ArrayList<>();
            headcount.forEach((id, active) -> departments.add(new PolicyCoverage.DepartmentCoverage(
                    names.getOrDefault(id, "?"), attested.containsKey(id) ? (Long) attested.get(id)[2] : 0, active)));
            departments.sort(java.util.Comparator.comparing(PolicyCoverage.DepartmentCoverage::departmentName));
            List<PolicyCoverage.VersionCount> versions = attestations.perVersion(policyId).stream()
                    .map(row -> new PolicyCoverage.VersionCount((String) row[0], (Long) row[1])).toList();
            return new PolicyCoverage(policyId, policy.version(), employees.figures().activeEmployees(),
                    attestations.attestedPeople(policyId, policy.version()), departments, versions);
        });
    }

    /** The policies offered for attestation, and every problem that holds one back. */
    @RolesAllowed(Roles.HR_ADMIN)
    public List<String> policyIds() {
        return library.snapshot().policies().keySet().stream().sorted().toList();
    }

    @RolesAllowed(Roles.HR_ADMIN)
    public List<ContentProblem> problems() {
        return library.snapshot().problems();
    }

    private boolean due(PolicyDefinition policy, List<Attestation> mine) {
        LocalDate today = clock.instant().atZone(ZoneOffset.UTC).toLocalDate();
        return mine.stream().noneMatch(attestation -> attestation.policyVersion().equals(policy.version())
                && today.isBefore(attestation.renewalDue()));
    }
}
