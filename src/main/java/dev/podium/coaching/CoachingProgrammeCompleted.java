package dev.podium.coaching;

import dev.podium.shared.EmployeeId;
import java.time.Instant;

/** The coach closed an employee's programme at the final check-in with the decision to complete it. */
public record CoachingProgrammeCompleted(EmployeeId employee, long programmeId, EmployeeId coach,
        Instant completedAt) {
}
