package dev.podium.people;

import dev.podium.security.AccountDraft;
import dev.podium.security.AccountService;
import dev.podium.shared.Role;
import dev.podium.shared.EmployeeId;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.IntConsumer;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;

/**
 * Writes a checked {@link HrisPlan} inside the caller's transaction, in chunks: inserts and updates go out as JDBC
 * batches, each chunk is flushed and forgotten so that 100k people never sit in one persistence context, and
 * existing rows are read a thousand at a time.
 */
@Component
class HrisWriter {

    private static final int CHUNK = 1_000;

    @PersistenceContext
    private EntityManager entityManager;

    private final EmployeeRepository employees;
    private final DepartmentRepository departments;
    private final AccountService accounts;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    HrisWriter(EmployeeRepository employees, DepartmentRepository departments, AccountService accounts,
            ApplicationEventPublisher events, Clock clock) {
        this.employees = employees;
        this.departments = departments;
        this.accounts = accounts;
        this.events = events;
        this.clock = clock;
    }

    void write(HrisPlan plan, IntConsumer rowsWritten) {
        // a chunk's rows in one JDBC batch per table rather than ten: fewer round trips for 100k people
        entityManager.unwrap(org.hibernate.Session.class).setJdbcBatchSize(CHUNK);
        Instant now = clock.instant();
        Map<HrisPlan.DepartmentKey, Long> departmentIds = departmentIds(plan, now);
        Map<String, Long> idByExternalId = new HashMap<>();
        int written = 0;

        // new people in an order where a new manager comes before the people reporting to them: each row is
        // inserted with its manager already there, so the foreign key holds and no second pass updates them
        // managers named by HRIS id who are known already: their ids in one query per thousand
        Map<String, Long> knownManagers = managerIdsFor(plan, Map.of());
        List<EmployeeId> created = new ArrayList<>();
        for (HrisPlan.Candidate candidate : managersFirst(plan.creates)) {
            Employee employee = new Employee(now);
            String managerKey = candidate.managerExternalId();
            Long managerId = candidate.managerId() != null ? candidate.managerId()
                    : managerKey == null ? null
                    : idByExternalId.containsKey(managerKey) ? idByExternalId.get(managerKey)
                    : knownManagers.get(managerKey);
            describe(employee, candidate, departmentIds, managerId, Locale.ENGLISH, now);
            entityManager.persist(employee);
            idByExternalId.put(candidate.externalId(), employee.id());
            created.add(EmployeeId.of(employee.id()));
            if (++written % CHUNK == 0) {
                flush(rowsWritten, written);
            }
        }
        flush(rowsWritten, written);

        // then changes to people known before, a chunk of rows at a time
        Map<Long, HrisPlan.Candidate> changes = new LinkedHashMap<>();
        for (HrisPlan.Candidate candidate : plan.updates) {
            changes.put(candidate.existingId(), candidate);
            idByExternalId.put(candidate.externalId(), candidate.existingId());
        }
        Map<String, Long> managerIds = new HashMap<>(knownManagers);
        managerIds.putAll(idByExternalId);
        List<Long> ids = List.copyOf(changes.keySet());
        for (int from = 0; from < ids.size(); from += CHUNK) {
            List<Long> chunk = ids.subList(from, Math.min(ids.size(), from + CHUNK));
            for (Employee employee : employees.findAllById(chunk)) {
                HrisPlan.Candidate candidate = changes.get(employee.id());
                Long managerId = candidate.managerId() != null ? candidate.managerId()
                        : candidate.managerExternalId() == null ? null : managerIds.get(candidate.managerExternalId());
                Locale locale = candidate.locale() != null ? candidate.locale() : employee.locale();
                describe(employee, candidate, departmentIds, managerId, locale, now);
            }
            written += chunk.size();
            flush(rowsWritten, written);
        }

        // accounts: new ones for new people (employee role, their language), new names and addresses for the rest
        Map<EmployeeId, AccountDraft> drafts = new LinkedHashMap<>();
        for (HrisPlan.Candidate candidate : plan.creates) {
            drafts.put(EmployeeId.of(idByExternalId.get(candidate.externalId())), draft(candidate));
        }
        for (HrisPlan.Candidate candidate : plan.updates) {
            drafts.put(EmployeeId.of(candidate.existingId()), draft(candidate));
        }
        // a chunk at a time, forgotten after each: the accounts' own lookups would otherwise flush-check every
        // account created before them (the import's time grew with the square of its size)
        List<Map.Entry<EmployeeId, AccountDraft>> entries = List.copyOf(drafts.entrySet());
        for (int from = 0; from < entries.size(); from += CHUNK) {
            Map<EmployeeId, AccountDraft> chunk = new LinkedHashMap<>();
            entries.subList(from, Math.min(entries.size(), from + CHUNK))
                    .forEach(entry -> chunk.put(entry.getKey(), entry.getValue()));
            accounts.saveAccounts(chunk);
            entityManager.flush();
            entityManager.clear();
        }

        int reactivated = changeState(plan.reactivations, now, true);
        int deactivated = changeState(plan.deactivations, now, false);
        events.publishEvent(new EmployeesImported(created.size(), plan.updates.size(), deactivated, reactivated, now));
        rowsWritten.accept(written + plan.deactivations.size() + plan.reactivations.size());
    }

    /** The same path as HR's own (de)activation: the person's record, then the account, then the event. */
    private int changeState(List<Long> ids, Instant now, boolean activate) {
        List<EmployeeId> changed = new ArrayList<>();
        for (int from = 0; from < ids.size(); from += CHUNK) {
            for (Employee employee : employees.findAllById(ids.subList(from, Math.min(ids.size(), from + CHUNK)))) {
                if (activate ? employee.reactivate(now) : employee.deactivate(now)) {
                    changed.add(EmployeeId.of(employee.id()));
                }
            }
            entityManager.flush();
            entityManager.clear();
        }
        if (activate) {
            accounts.reactivateAll(changed);
            changed.forEach(id -> events.publishEvent(new EmployeeReactivated(id, now)));
        } else {
            accounts.deactivateAll(changed);
            changed.forEach(id -> events.publishEvent(new EmployeeDeactivated(id, now)));
        }
        entityManager.flush();
        entityManager.clear();
        return changed.size();
    }

    /** New people ordered so that every new manager precedes their reports (depth-first along the lines). */
    private static List<HrisPlan.Candidate> managersFirst(List<HrisPlan.Candidate> creates) {
        Map<String, HrisPlan.Candidate> byExternalId = new HashMap<>();
        creates.forEach(c -> byExternalId.put(c.externalId(), c));
        java.util.Set<String> placed = new java.util.HashSet<>();
        List<HrisPlan.Candidate> ordered = new ArrayList<>(creates.size());
        for (HrisPlan.Candidate candidate : creates) {
            // walk up to the first manager not yet placed, then place the chain top-down (no recursion: deep lines)
            java.util.ArrayDeque<HrisPlan.Candidate> chain = new java.util.ArrayDeque<>();
            HrisPlan.Candidate next = candidate;
            while (next != null && !placed.contains(next.externalId())) {
                chain.push(next);
                placed.add(next.externalId());
                next = next.managerExternalId() == null ? null : byExternalId.get(next.managerExternalId());
            }
            while (!chain.isEmpty()) {
                ordered.add(chain.pop());
            }
        }
        return ordered;
    }

    private Map<String, Long> managerIdsFor(HrisPlan plan, Map<String, Long> idByExternalId) {
        Map<String, Long> result = new HashMap<>(idByExternalId);
        List<String> missing = new ArrayList<>();
        for (List<HrisPlan.Candidate> list : List.of(plan.creates, plan.updates)) {
            for (HrisPlan.Candidate candidate : list) {
                String key = candidate.managerExternalId();
                if (key != null && !result.containsKey(key)) {
                    missing.add(key);
                }
            }
        }
        // managers in the file whose own rows changed nothing: look their ids up, a chunk at a time
        List<String> distinct = missing.stream().distinct().toList();
        for (int from = 0; from < distinct.size(); from += CHUNK) {
            List<String> chunk = distinct.subList(from, Math.min(distinct.size(), from + CHUNK));
            for (Object[] row : entityManager.createQuery(
                    "select e.externalId, e.id from Employee e where e.externalId in :keys", Object[].class)
                    .setParameter("keys", chunk).getResultList()) {
                result.put((String) row[0], (Long) row[1]);
            }
        }
        return result;
    }

    private Map<HrisPlan.DepartmentKey, Long> departmentIds(HrisPlan plan, Instant now) {
        Map<HrisPlan.DepartmentKey, Long> ids = new HashMap<>();
        for (Department department : departments.findAll()) {
            ids.put(new HrisPlan.DepartmentKey(department.name(), department.countryCode()).normalised(),
                    department.id());
        }
        List<Department> created = plan.newDepartments.stream()
                .map(key -> new Department(key.name(), key.countryCode(), now)).toList();
        departments.saveAll(created);
        for (Department department : created) {
            ids.put(new HrisPlan.DepartmentKey(department.name(), department.countryCode()).normalised(),
                    department.id());
        }
        entityManager.flush();
        return ids;
    }

    private void describe(Employee employee, HrisPlan.Candidate candidate,
            Map<HrisPlan.DepartmentKey, Long> departmentIds, Long managerId, Locale locale, Instant now) {
        Department department = candidate.department() == null ? null
                : entityManager.getReference(Department.class, departmentIds.get(candidate.department().normalised()));
        Employee manager = managerId == null ? null : entityManager.getReference(Employee.class, managerId);
        Locale language = candidate.locale() != null ? candidate.locale() : locale;
        employee.describe(candidate.firstName(), candidate.lastName(), candidate.email(), candidate.jobTitle(),
                department, candidate.countryCode(), manager, language, now);
        employee.identifyAs(candidate.externalId());
    }

    private void flush(IntConsumer rowsWritten, int written) {
        entityManager.flush();
        entityManager.clear();
        rowsWritten.accept(written);
    }

    private static AccountDraft draft(HrisPlan.Candidate candidate) {
        return new AccountDraft(candidate.email(), candidate.firstName() + " " + candidate.lastName(),
                Set.of(Role.EMPLOYEE), candidate.locale() == null ? Locale.ENGLISH : candidate.locale());
    }
}
