package dev.podium.reporting;

import dev.podium.people.DepartmentSummary;
import dev.podium.people.EmployeeDetails;
import dev.podium.people.EmployeeSelectionService;
import dev.podium.people.EmployeeService;
import dev.podium.people.PersonPlacement;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.springframework.stereotype.Component;

/**
 * Copies people's facts (name, department, country, status) into the read model through people's public queries.
 * Callers run as HR or as the system.
 */
@Component
class PeopleDirectory {

    private static final int PAGE = 1_000;

    private final EmployeeService employees;
    private final EmployeeSelectionService selections;
    private final ReadModel model;
    private final Clock clock;

    PeopleDirectory(EmployeeService employees, EmployeeSelectionService selections, ReadModel model, Clock clock) {
        this.employees = employees;
        this.selections = selections;
        this.model = model;
        this.clock = clock;
    }

    void refresh(dev.podium.shared.EmployeeId id) {
        EmployeeDetails details = employees.get(id);
        Long departmentId = details.draft().departmentId();
        String departmentName = departmentId == null ? null : departmentNames().get(departmentId);
        model.savePerson(new ReadModel.Person(id, details.fullName(), departmentId, departmentName,
                details.draft().countryCode(), details.active()), clock.instant());
    }

    /**
     * Everyone, a page at a time in id order (keyset, no offset scan, no entity held between pages), then every group
     * recomputed once. Returns how many rows were written.
     */
    int refreshAll() {
        int written = 0;
        long after = 0;
        List<PersonPlacement> page;
        do {
            page = selections.placementsAfter(after, PAGE);
            model.savePeople(page.stream().map(p -> new ReadModel.Person(p.id(), p.fullName(), p.departmentId(),
                    p.departmentName(), p.countryCode(), p.active())).toList(), clock.instant());
            written += page.size();
            after = page.isEmpty() ? after : page.getLast().id().value();
        } while (page.size() == PAGE);
        model.refreshAllGroups();
        return written;
    }

    Map<Long, String> departmentNames() {
        return employees.departments().stream()
                .collect(Collectors.toMap(DepartmentSummary::id, DepartmentSummary::name, (a, b) -> a));
    }
}
