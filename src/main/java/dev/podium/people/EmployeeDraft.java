package dev.podium.people;

import dev.podium.shared.Role;
import dev.podium.shared.EmployeeId;
import java.util.Locale;
import java.util.Set;

/**
 * What HR enters for a person.
 *
 * @param departmentId may be null for someone not yet placed
 * @param lineManagerId may be null for the top of the organisation
 */
public record EmployeeDraft(String firstName, String lastName, String email, String jobTitle, Long departmentId,
        String countryCode, EmployeeId lineManagerId, Set<Role> roles, Locale locale) {

    public EmployeeDraft {
        roles = roles == null ? Set.of() : Set.copyOf(roles);
        locale = locale == null ? Locale.ENGLISH : locale;
    }
}
