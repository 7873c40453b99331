package dev.podium.shared;

import dev.podium.shared.EmployeeId;
import java.util.Set;

/** The person using the application right now, as other modules see them. */
public record SignedInUser(EmployeeId employeeId, String username, String displayName, Set<Role> roles) {

    public boolean hasRole(Role role) {
        return roles.contains(role);
    }
}
