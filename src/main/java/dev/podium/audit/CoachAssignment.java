package dev.podium.audit;

import dev.podium.shared.EmployeeId;
import java.time.Instant;

/** The coach who reviews a round and the SLA moments of that review. */
public record CoachAssignment(EmployeeId coach, Instant reminderAt, Instant escalationAt) {
}
