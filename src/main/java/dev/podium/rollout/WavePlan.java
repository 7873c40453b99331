package dev.podium.rollout;

import dev.podium.people.EmployeeSelection;
import dev.podium.shared.CourseId;
import dev.podium.shared.EmployeeId;
import java.time.LocalDate;
import java.util.Set;

/**
 * Who a wave reaches and what it gives them. Members are the active people of any of the departments or countries,
 * plus those listed one by one.
 *
 * @param dueDate when the wave's courses are due
 */
public record WavePlan(Set<Long> departmentIds, Set<String> countryCodes, Set<EmployeeId> listed,
        Set<CourseId> courses, boolean coachingProgramme, LocalDate dueDate) {

    public WavePlan {
        departmentIds = departmentIds == null ? Set.of() : Set.copyOf(departmentIds);
        countryCodes = countryCodes == null ? Set.of() : Set.copyOf(countryCodes);
        listed = listed == null ? Set.of() : Set.copyOf(listed);
        courses = courses == null ? Set.of() : Set.copyOf(courses);
    }

    /** Who the plan reaches, as people selects them. */
    public EmployeeSelection members() {
        return new EmployeeSelection(departmentIds, countryCodes, listed);
    }
}
