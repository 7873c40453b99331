package dev.podium.people;

import dev.podium.shared.EmployeeId;
import java.time.Instant;

/** HR changed a person's record (name, department, country, manager, roles or language). */
public record EmployeeChanged(EmployeeId employeeId, Instant changedAt) {
}
