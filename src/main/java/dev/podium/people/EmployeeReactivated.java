package dev.podium.people;

import dev.podium.shared.EmployeeId;
import java.time.Instant;

/** A person who had been deactivated is active again. */
public record EmployeeReactivated(EmployeeId employeeId, Instant at) {
}
