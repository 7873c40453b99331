package dev.podium.people;

import dev.podium.shared.Roles;
import dev.podium.shared.EmployeeId;
import jakarta.annotation.security.RolesAllowed;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Who a selection of departments, countries and listed people reaches, for the modules that act on groups of people
 * (the rollout's waves): counted, read a page at a time, and pasted lists of e-mail addresses or HRIS ids resolved.
 */
@Service
public class EmployeeSelectionService {

    private static final int CHUNK = 1_000;
    private static final List<Long> NO_IDS = List.of(-1L);
    private static final List<String> NO_COUNTRIES = List.of("");

    private final EmployeeSelectionRepository selections;
    private final EmployeeRepository employees;

    EmployeeSelectionService(EmployeeSelectionRepository selections, EmployeeRepository employees) {
        this.selections = selections;
        this.employees = employees;
    }

    /**
     * Names and e-mail addresses of these people (leavers too), in the order given; unknown ids are left out. For
     * showing a wave's members and its pasted list again.
     */
    @RolesAllowed({Roles.HR_ADMIN, Roles.SYSTEM})
    @Transactional(readOnly = true)
    public List<EmployeeRef> refs(Collection<EmployeeId> people) {
        java.util.Map<Long, EmployeeRef> found = new java.util.HashMap<>();
        List<Long> ids = people.stream().map(EmployeeId::value).distinct().toList();
        for (int from = 0; from < ids.size(); from += CHUNK) {
            employees.findRefsByIdIn(ids.subList(from, Math.min(ids.size(), from + CHUNK)))
                    .forEach(ref -> found.put(ref.id(), ref));
        }
        return ids.stream().map(found::get).filter(java.util.Objects::nonNull).toList();
    }

    /** How many active people the selection reaches now. */
    @RolesAllowed({Roles.HR_ADMIN, Roles.SYSTEM})
    @Transactional(readOnly = true)
    public long countActive(EmployeeSelection selection) {
        if (selection.isEmpty()) {
            return 0;
        }
        return selections.countSelected(departments(selection), countries(selection), listed(selection));
    }

    /** A page of the active people the selection reaches, in id order after the given id (0 for the first page). */
    @RolesAllowed({Roles.HR_ADMIN, Roles.SYSTEM})
    @Transactional(readOnly = true)
    public List<EmployeeId> activeAfter(EmployeeSelection selection, long afterEmployeeId, int size) {
        if (selection.isEmpty()) {
            return List.of();
        }
        return selections.findSelectedAfter(departments(selection), countries(selection), listed(selection),
                afterEmployeeId, size).stream().map(EmployeeId::of).toList();
    }

    /**
     * Everyone's place in the organisation (leavers too), a page at a time in id order after the given id (0 for
     * the first page): for copying the whole organisation after an HRIS import.
     */
    @RolesAllowed(Roles.SYSTEM)
    @Transactional(readOnly = true)
    public List<PersonPlacement> placementsAfter(long afterEmployeeId, int size) {
        return selections.findPlacementsAfter(afterEmployeeId,
                org.springframework.data.domain.PageRequest.of(0, size)).stream()
                .map(row -> new PersonPlacement(EmployeeId.of((Long) row[0]), (String) row[1], (Long) row[2],
                        (String) row[3], (String) row[4], (Boolean) row[5]))
                .toList();
    }

    /** Whether every one of these department ids is known. */
    @RolesAllowed(Roles.HR_ADMIN)
    @Transactional(readOnly = true)
    public boolean departmentsExist(Collection<Long> departmentIds) {
        Set<Long> distinct = new HashSet<>(departmentIds);
        return distinct.isEmpty() || selections.countDepartments(distinct) == distinct.size();
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
        Set<String> keys = new LinkedHashSet<>();
        entries.forEach(e -> keys.add(key(e)));
        Set<EmployeeId> found = new LinkedHashSet<>();
        Set<String> matched = new HashSet<>();
        List<String> chunk = new ArrayList<>();
        for (String key : keys) {
            chunk.add(key);
            if (chunk.size() == CHUNK) {
                resolve(chunk, found, matched);
                chunk.clear();
            }
        }
        resolve(chunk, found, matched);
        List<String> unknown = entries.stream().filter(e -> !matched.contains(key(e))).toList();
        return new ListedPeople(found, unknown);
    }

    private void resolve(List<String> keys, Set<EmployeeId> found, Set<String> matched) {
        if (keys.isEmpty()) {
            return;
        }
        selections.findIdsByKeys(keys).forEach(id -> found.add(EmployeeId.of(id)));
        for (Object[] row : selections.findKeysIn(keys)) {
            matched.add((String) row[0]);
            if (row[1] != null) {
                matched.add((String) row[1]);
            }
        }
    }

    private static String key(String entry) {
        return entry.contains("@") ? entry.toLowerCase(Locale.ROOT) : entry;
    }

    private static List<Long> departments(EmployeeSelection selection) {
        return selection.departmentIds().isEmpty() ? NO_IDS : List.copyOf(selection.departmentIds());
    }

    private static List<String> countries(EmployeeSelection selection) {
        return selection.countryCodes().isEmpty() ? NO_COUNTRIES : List.copyOf(selection.countryCodes());
    }

    private static List<Long> listed(EmployeeSelection selection) {
        return selection.listed().isEmpty() ? NO_IDS : selection.listed().stream().map(EmployeeId::value).toList();
    }
}
