package dev.podium.people;

import dev.podium.shared.EmployeeId;

/** Just enough of a person to pick them in a list. */
public record EmployeeRef(long id, String name, String email) {

    public EmployeeId employeeId() {
        return EmployeeId.of(id);
    }
}
