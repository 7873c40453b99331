package dev.podium.people;

import dev.podium.shared.EmployeeId;

/** Where a person sits in the organisation: for modules that keep a copy of it (reporting's read model). */
public record PersonPlacement(EmployeeId id, String fullName, Long departmentId, String departmentName,
        String countryCode, boolean active) {
}
