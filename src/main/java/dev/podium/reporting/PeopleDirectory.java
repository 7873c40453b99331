package dev.podium.reporting;

import dev.podium.people.DepartmentSummary;
import dev.podium.people.EmployeeDetails;
import dev.podium.people.EmployeeFilter;
import dev.podium.people.EmployeeService;
import dev.podium.people.EmployeeSummary;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.springframework.data.domain.PageRequest;
import org.springframework.stereotype.Component;

/**
 * Copies people's facts (name, department, country, status) into the read model through people's public queries.
 * Callers run as HR or as the system.
 */
@Component
class PeopleDirectory {

    private static final int PAGE = 1_000;

    private final EmployeeService employees;
    private final ReadModel model;
    private final Clock clock;

    PeopleDirectory(EmployeeService employees, ReadModel model, Clock clock) {
        this.employees = employees;
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
     * Everyone, department by department (the public list names departments, not their ids), then the people
     * without one. Returns how many rows were written.
     */
    int refreshAll() {
        int written = 0;
        List<DepartmentSummary> departments = employees.departments();
        java.util.Set<Long> seen = new java.util.HashSet<>();
        for (DepartmentSummary department : departments) {
            written += copy(new EmployeeFilter(null, department.id(), null), department.id(), department.name(), seen);
        }
        written += copy(EmployeeFilter.all(), null, null, seen);
        model.refreshAllGroups();
        return written;
    }

    private int copy(EmployeeFilter filter, Long departmentId, String departmentName, java.util.Set<Long> seen) {
        int written = 0;
        for (int page = 0; ; page++) {
            List<EmployeeSummary> rows = employees.search(filter, PageRequest.of(page, PAGE));
            List<ReadModel.Person> fresh = new java.util.ArrayList<>();
            for (EmployeeSummary row : rows) {
                if (seen.add(row.id().value())) {
                    fresh.add(new ReadModel.Person(row.id(), row.fullName(), departmentId, departmentName,
                            row.countryCode(), row.active()));
                }
            }
            model.savePeople(fresh, clock.instant());
            written += fresh.size();
            if (rows.size() < PAGE) {
                return written;
            }
        }
    }

    Map<Long, String> departmentNames() {
        return employees.departments().stream()
                .collect(Collectors.toMap(DepartmentSummary::id, DepartmentSummary::name, (a, b) -> a));
    }
}
