package dev.podium.people;

import dev.podium.shared.Role;
import dev.podium.shared.EmployeeId;
import java.util.Set;

/** One row of the employee list. */
public record EmployeeSummary(EmployeeId id, String firstName, String lastName, String email, String jobTitle,
        String departmentName, String countryCode, String lineManagerName, boolean active, Set<Role> roles,
        AccountState accountState) {

    public String fullName() {
        return firstName + " " + lastName;
    }
}
