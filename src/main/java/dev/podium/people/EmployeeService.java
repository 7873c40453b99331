package dev.podium.people;

import dev.podium.security.AccountDraft;
import dev.podium.security.AccountService;
import dev.podium.security.AccountStatus;
import dev.podium.shared.AccessLog;
import dev.podium.shared.AccessLogAction;
import dev.podium.shared.CurrentUser;
import dev.podium.shared.Role;
import dev.podium.shared.Roles;
import dev.podium.shared.EmployeeId;
import dev.podium.shared.Texts;
import jakarta.annotation.security.RolesAllowed;
import java.time.Clock;
import java.time.Instant;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Sort;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** HR's register of people, and what each person and line manager may see of it. */
@Service
public class EmployeeService {

    private static final Pattern EMAIL = Pattern.compile("^[^@\\s]+@[^@\\s]+\\.[^@\\s]+$");
    private static final Set<String> COUNTRIES = new HashSet<>(Arrays.asList(Locale.getISOCountries()));
    private static final int MAX_MANAGER_CHAIN = 64;

    private final EmployeeRepository employees;
    private final DepartmentRepository departments;
    private final AccountService accounts;
    private final CurrentUser currentUser;
    private final ApplicationEventPublisher events;
    private final Clock clock;
    private final AccessLog accessLog;

    EmployeeService(EmployeeRepository employees, DepartmentRepository departments, AccountService accounts,
            CurrentUser currentUser, ApplicationEventPublisher events, Clock clock, AccessLog accessLog) {
        this.accessLog = accessLog;
        this.employees = employees;
        this.departments = departments;
        this.accounts = accounts;
        this.currentUser = currentUser;
        this.events = events;
        this.clock = clock;
    }

    /** A page of the employee list; sortable by {@code name}, {@code email} and {@code department}. */
    @RolesAllowed({Roles.HR_ADMIN, Roles.SYSTEM})
    @Transactional(readOnly = true)
    public List<EmployeeSummary> search(EmployeeFilter filter, Pageable page) {
        Pageable translated = page.isUnpaged() ? page
                : org.springframework.data.domain.PageRequest.of(page.getPageNumber(), page.getPageSize(),
                        translateSort(page.getSort()));
        List<EmployeeRepository.Row> rows = employees.search(prefix(filter.text()), filter.departmentId(),
                filter.active(), translated).getContent();
        // the list is "opened" when its first page is fetched (a new filter or sort fetches it again); later pages
        // are scrolling, not a new look
        if (!currentUser.hasRole(Role.SYSTEM) && (page.isUnpaged() || page.getPageNumber() == 0)) {
            accessLog.record(AccessLogAction.LIST_OPENED, null, "employees", "Employee list" + describe(filter));
        }
        Map<EmployeeId, AccountStatus> statuses = accounts.statuses(
                rows.stream().map(row -> EmployeeId.of(row.id())).toList());
        return rows.stream().map(row -> {
            AccountStatus status = statuses.get(EmployeeId.of(row.id()));
            return new EmployeeSummary(EmployeeId.of(row.id()), row.firstName(), row.lastName(), row.email(),
                    row.jobTitle(), row.departmentName(), row.countryCode(),
                    row.managerId() == null ? null : row.managerFirstName() + " " + row.managerLastName(),
                    row.active(), status == null ? Set.of() : status.roles(), stateOf(status));
        }).toList();
    }

    @RolesAllowed({Roles.HR_ADMIN, Roles.SYSTEM})
    @Transactional(readOnly = true)
    public EmployeeDetails get(EmployeeId id) {
        Employee employee = employee(id);
        Optional<AccountStatus> account = accounts.status(id);
        Employee manager = employee.lineManager();
        EmployeeDraft draft = new EmployeeDraft(employee.firstName(), employee.lastName(), employee.email(),
                employee.jobTitle(), employee.department() == null ? null : employee.department().id(),
                employee.countryCode(), manager == null ? null : EmployeeId.of(manager.id()),
                account.map(AccountStatus::roles).orElse(Set.of()), employee.locale());
        return new EmployeeDetails(id, draft, employee.active(),
                Optional.ofNullable(manager).map(m -> new EmployeeRef(m.id(), m.fullName(), m.email())),
                account, employee.version());
    }

    /** HR opens one person's details (the employee dialog); recorded in the access log, unlike {@link #get}. */
    @RolesAllowed(Roles.HR_ADMIN)
    @Transactional
    public EmployeeDetails open(EmployeeId id) {
        EmployeeDetails details = get(id);
        accessLog.record(AccessLogAction.PERSON_OPENED, id, null, "Employee details");
        return details;
    }

    /** Registers a person and opens their account (without a password until HR sets one). */
    @RolesAllowed({Roles.HR_ADMIN, Roles.SYSTEM})
    @Transactional
    public EmployeeId register(EmployeeDraft draft) {
        EmployeeDraft clean = validate(draft, null);
        Instant now = clock.instant();
        Employee employee = new Employee(now);
        describe(employee, clean, now);
        employees.save(employee);
        EmployeeId id = EmployeeId.of(employee.id());
        accounts.saveAccount(id, accountDraft(clean));
        events.publishEvent(new EmployeeRegistered(id, now));
        // the system's registrations (demo organisation, first administrator) are set-up, not HR's actions
        if (!currentUser.hasRole(Role.SYSTEM)) {
            accessLog.record(AccessLogAction.EMPLOYEE_REGISTERED, id, null, "Registered with roles "
                    + roleNames(clean.roles()));
        }
        return id;
    }

    @RolesAllowed(Roles.HR_ADMIN)
    @Transactional
    public void update(EmployeeId id, EmployeeDraft draft) {
        EmployeeDraft clean = validate(draft, id);
        Employee employee = employee(id);
        Set<Role> rolesBefore = accounts.status(id).map(AccountStatus::roles).orElse(Set.of());
        Instant now = clock.instant();
        describe(employee, clean, now);
        accounts.saveAccount(id, accountDraft(clean));
        events.publishEvent(new EmployeeChanged(id, now));
        if (rolesBefore.equals(clean.roles())) {
            accessLog.record(AccessLogAction.EMPLOYEE_CHANGED, id, null, "Details changed");
        } else {
            accessLog.record(AccessLogAction.ROLES_CHANGED, id, null, "Roles " + roleNames(rolesBefore) + " → "
                    + roleNames(clean.roles()));
        }
    }

    /** The person leaves or loses access: their record stays, their account and sessions end. */
    @RolesAllowed(Roles.HR_ADMIN)
    @Transactional
    public void deactivate(EmployeeId id) {
        if (currentUser.get().map(user -> user.employeeId().equals(id)).orElse(false)) {
            throw new PeopleRuleViolation("active", "employee.error.deactivate-self");
        }
        Instant now = clock.instant();
        if (employee(id).deactivate(now)) {
            accounts.deactivate(id);
            events.publishEvent(new EmployeeDeactivated(id, now));
            accessLog.record(AccessLogAction.ACCOUNT_DEACTIVATED, id, null, "Deactivated");
        }
    }

    @RolesAllowed(Roles.HR_ADMIN)
    @Transactional
    public void reactivate(EmployeeId id) {
        Instant now = clock.instant();
        if (employee(id).reactivate(now)) {
            accounts.reactivate(id);
            events.publishEvent(new EmployeeReactivated(id, now));
            accessLog.record(AccessLogAction.ACCOUNT_REACTIVATED, id, null, "Reactivated");
        }
    }

    @RolesAllowed(Roles.HR_ADMIN)
    @Transactional
    public void unlockAccount(EmployeeId id) {
        employee(id);
        accounts.unlock(id);
        accessLog.record(AccessLogAction.ACCOUNT_UNLOCKED, id, null, "Unlocked");
    }

    @RolesAllowed(Roles.HR_ADMIN)
    @Transactional
    public void setPassword(EmployeeId id, String password) {
        employee(id);
        accounts.setPassword(id, password);
        accessLog.record(AccessLogAction.PASSWORD_SET, id, null, "Starting password set");
    }

    @RolesAllowed({Roles.HR_ADMIN, Roles.SYSTEM})
    @Transactional(readOnly = true)
    public List<DepartmentSummary> departments() {
        return departments.findAllByOrderByNameAscCountryCodeAsc().stream().map(Department::summary).toList();
    }

    /** Creates a department, or returns the existing one of that name in that country. */
    @RolesAllowed({Roles.HR_ADMIN, Roles.SYSTEM})
    @Transactional
    public DepartmentSummary ensureDepartment(String name, String countryCode) {
        String cleanName = required(name, "department", "department.error.name-required");
        if (cleanName.length() > 120) {
            throw new PeopleRuleViolation("department", "department.error.name-too-long");
        }
        String country = country(countryCode);
        return departments.findByNameAndCountryCode(cleanName, country)
                .orElseGet(() -> departments.save(new Department(cleanName, country, clock.instant())))
                .summary();
    }

    /** Active people whose name or e-mail starts with the text, for choosing a line manager. */
    @RolesAllowed(Roles.HR_ADMIN)
    @Transactional(readOnly = true)
    public List<EmployeeRef> findActivePeople(String text, Pageable page) {
        return employees.findActiveRefs(prefix(text), page).getContent();
    }

    /**
     * Active people holding the coach role, with the language they prefer, for assigning a coach. Open to employees
     * too: joining a programme assigns one (a coach's name is no secret to the person they coach).
     */
    @RolesAllowed({Roles.EMPLOYEE, Roles.HR_ADMIN, Roles.SYSTEM})
    @Transactional(readOnly = true)
    public List<ActiveCoach> activeCoaches() {
        List<Long> ids = accounts.enabledHoldersOf(Role.COACH).stream().map(EmployeeId::value).toList();
        if (ids.isEmpty()) {
            return List.of();
        }
        return employees.findActiveByIdIn(ids).stream()
                .map(e -> new ActiveCoach(EmployeeId.of(e.id()), e.fullName(), e.locale()))
                .sorted(java.util.Comparator.comparing(ActiveCoach::name)).toList();
    }

    @RolesAllowed(Roles.HR_ADMIN)
    @Transactional(readOnly = true)
    public OrganisationFigures figures() {
        return new OrganisationFigures(employees.countByActiveTrue(), employees.countByActiveFalse(),
                departments.count());
    }

    /** How many active people each department has (department id → count), for coverage figures. */
    @RolesAllowed(Roles.HR_ADMIN)
    @Transactional(readOnly = true)
    public Map<Long, Long> activeHeadcountByDepartment() {
        Map<Long, Long> headcount = new java.util.HashMap<>();
        for (Object[] row : employees.countActiveByDepartment()) {
            headcount.put((Long) row[0], (Long) row[1]);
        }
        return headcount;
    }

    /** The signed-in line manager's direct reports; never anyone else's. */
    @RolesAllowed(Roles.LINE_MANAGER)
    @Transactional(readOnly = true)
    public List<EmployeeSummary> myDirectReports() {
        long me = currentUser.employeeId().value();
        return employees.findDirectReports(me).stream()
                .map(row -> new EmployeeSummary(EmployeeId.of(row.id()), row.firstName(), row.lastName(),
                        row.email(), row.jobTitle(), row.departmentName(), row.countryCode(), null, row.active(),
                        Set.of(), AccountState.ACTIVE))
                .toList();
    }

    @PreAuthorize("isAuthenticated()")
    @Transactional(readOnly = true)
    public Optional<MyProfile> myProfile() {
        return currentUser.get().flatMap(user -> employees.findById(user.employeeId().value())).map(employee ->
                new MyProfile(employee.fullName(), employee.email(), employee.jobTitle(),
                        Optional.ofNullable(employee.department()).map(Department::name), employee.countryCode(),
                        Optional.ofNullable(employee.lineManager()).map(Employee::fullName)));
    }

    private void describe(Employee employee, EmployeeDraft draft, Instant now) {
        Department department = draft.departmentId() == null ? null
                : departments.findById(draft.departmentId())
                        .orElseThrow(() -> new PeopleRuleViolation("department", "employee.error.department-unknown"));
        Employee manager = draft.lineManagerId() == null ? null : employee(draft.lineManagerId());
        employee.describe(draft.firstName(), draft.lastName(), draft.email(), draft.jobTitle(), department,
                draft.countryCode(), manager, draft.locale(), now);
    }

    private EmployeeDraft validate(EmployeeDraft draft, EmployeeId existing) {
        String first = required(draft.firstName(), "firstName", "employee.error.first-name-required");
        String last = required(draft.lastName(), "lastName", "employee.error.last-name-required");
        String email = required(draft.email(), "email", "employee.error.email-required").toLowerCase(Locale.ROOT);
        if (!EMAIL.matcher(email).matches() || email.length() > 254) {
            throw new PeopleRuleViolation("email", "employee.error.email-invalid");
        }
        boolean taken = existing == null ? employees.existsByEmail(email)
                : employees.existsByEmailAndIdNot(email, existing.value());
        if (taken) {
            throw new PeopleRuleViolation("email", "employee.error.email-taken");
        }
        if (first.length() > 100 || last.length() > 100) {
            throw new PeopleRuleViolation("lastName", "employee.error.name-too-long");
        }
        // invisible direction overrides would reverse the name (and what follows it) in lists, PDFs and exports
        if (Texts.containsBidiControl(first)) {
            throw new PeopleRuleViolation("firstName", "name.error.bidi");
        }
        if (Texts.containsBidiControl(last)) {
            throw new PeopleRuleViolation("lastName", "name.error.bidi");
        }
        String jobTitle = draft.jobTitle() == null || draft.jobTitle().isBlank() ? null : draft.jobTitle().strip();
        if (jobTitle != null && jobTitle.length() > 150) {
            throw new PeopleRuleViolation("jobTitle", "employee.error.job-title-too-long");
        }
        if (Texts.containsBidiControl(jobTitle)) {
            throw new PeopleRuleViolation("jobTitle", "name.error.bidi");
        }
        String country = country(draft.countryCode());
        if (draft.lineManagerId() != null) {
            checkManager(draft.lineManagerId(), existing);
        }
        Set<Role> roles = draft.roles().isEmpty() ? Set.of(Role.EMPLOYEE) : draft.roles();
        if (roles.stream().anyMatch(role -> !role.grantable())) {
            throw new PeopleRuleViolation("roles", "employee.error.system-role");
        }
        return new EmployeeDraft(first, last, email, jobTitle, draft.departmentId(), country, draft.lineManagerId(),
                roles, draft.locale());
    }

    private void checkManager(EmployeeId managerId, EmployeeId employeeId) {
        if (managerId.equals(employeeId)) {
            throw new PeopleRuleViolation("lineManager", "employee.error.manager-self");
        }
        if (!employee(managerId).active()) {
            throw new PeopleRuleViolation("lineManager", "employee.error.manager-inactive");
        }
        if (employeeId == null) {
            return;
        }
        // walk up from the proposed manager: meeting the employee would make a loop in the reporting lines
        Optional<Long> next = Optional.of(managerId.value());
        for (int depth = 0; next.isPresent() && depth < MAX_MANAGER_CHAIN; depth++) {
            if (next.get() == employeeId.value()) {
                throw new PeopleRuleViolation("lineManager", "employee.error.manager-cycle");
            }
            next = employees.findLineManagerId(next.get());
        }
    }

    private static String country(String countryCode) {
        String code = countryCode == null ? "" : countryCode.strip().toUpperCase(Locale.ROOT);
        if (!COUNTRIES.contains(code)) {
            throw new PeopleRuleViolation("country", "employee.error.country-invalid");
        }
        return code;
    }

    private static String required(String value, String field, String messageKey) {
        if (value == null || value.isBlank()) {
            throw new PeopleRuleViolation(field, messageKey);
        }
        return value.strip();
    }

    private Employee employee(EmployeeId id) {
        return employees.findById(id.value())
                .orElseThrow(() -> new PeopleRuleViolation("id", "employee.error.unknown"));
    }

    private static AccountDraft accountDraft(EmployeeDraft draft) {
        return new AccountDraft(draft.email(), draft.firstName() + " " + draft.lastName(), draft.roles(),
                draft.locale());
    }

    private static AccountState stateOf(AccountStatus status) {
        if (status == null) {
            return AccountState.MISSING;
        }
        if (!status.enabled()) {
            return AccountState.DEACTIVATED;
        }
        if (status.locked()) {
            return AccountState.LOCKED;
        }
        return status.passwordSet() ? AccountState.ACTIVE : AccountState.NO_PASSWORD;
    }

    private static String roleNames(Set<Role> roles) {
        return roles.isEmpty() ? "(none)" : roles.stream().map(Role::name).sorted().toList().toString();
    }

    private static String describe(EmployeeFilter filter) {
        StringBuilder text = new StringBuilder();
        if (filter.text() != null && !filter.text().isBlank()) {
            text.append(" text=").append(filter.text().strip());
        }
        if (filter.departmentId() != null) {
            text.append(" department=").append(filter.departmentId());
        }
        if (filter.active() != null) {
            text.append(" active=").append(filter.active());
        }
        return text.toString();
    }

    private static String prefix(String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        // '!' is the LIKE escape character in the queries: what HR types is matched literally
        String escaped = text.strip().replace("!", "!!").replace("%", "!%").replace("_", "!_");
        return escaped + "%";
    }

    private static Sort translateSort(Sort sort) {
        if (sort.isUnsorted()) {
            return Sort.by("e.lastName", "e.firstName", "e.id");
        }
        List<Sort.Order> orders = new java.util.ArrayList<>();
        for (Sort.Order order : sort) {
            switch (order.getProperty()) {
                case "name" -> {
                    orders.add(new Sort.Order(order.getDirection(), "e.lastName"));
                    orders.add(new Sort.Order(order.getDirection(), "e.firstName"));
                }
                case "email" -> orders.add(new Sort.Order(order.getDirection(), "e.email"));
                case "department" -> orders.add(new Sort.Order(order.getDirection(), "d.name"));
                case "country" -> orders.add(new Sort.Order(order.getDirection(), "e.countryCode"));
                default -> throw new IllegalArgumentException("Cannot sort employees by " + order.getProperty());
            }
        }
        // e-mail is unique and needs no tie-breaker; any other tie-breaker runs the same way as the last column.
        // Either way MariaDB walks one index instead of sorting 100k rows (see EmployeeGridBenchmark's plans).
        if (!orders.getLast().getProperty().equals("e.email")) {
            orders.add(new Sort.Order(orders.getLast().getDirection(), "e.id"));
        }
        return Sort.by(orders);
    }
}
