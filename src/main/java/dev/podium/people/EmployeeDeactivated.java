package dev.podium.people;

import dev.podium.shared.EmployeeId;
import java.time.Instant;

/** A person left, or HR switched their access off; their data stays, their sessions end. */
public record EmployeeDeactivated(EmployeeId employeeId, Instant at) {
}
