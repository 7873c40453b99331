package dev.podium.people;

import dev.podium.shared.EmployeeId;
import java.time.Instant;

/** A person joined the organisation's records. */
public record EmployeeRegistered(EmployeeId employeeId, Instant at) {
}
