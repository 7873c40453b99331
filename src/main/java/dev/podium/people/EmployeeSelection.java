package dev.podium.people;

import dev.podium.shared.EmployeeId;
import java.util.Set;

/**
 * A choice of people: the active people of any of the departments or countries, plus those listed one by one.
 */
public record EmployeeSelection(Set<Long> departmentIds, Set<String> countryCodes, Set<EmployeeId> listed) {

    public EmployeeSelection {
        departmentIds = departmentIds == null ? Set.of() : Set.copyOf(departmentIds);
        countryCodes = countryCodes == null ? Set.of() : Set.copyOf(countryCodes);
        listed = listed == null ? Set.of() : Set.copyOf(listed);
    }

    public boolean isEmpty() {
        return departmentIds.isEmpty() && countryCodes.isEmpty() && listed.isEmpty();
    }
}
