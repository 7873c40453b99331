package dev.podium.coaching;

import dev.podium.shared.EmployeeId;
import java.time.Instant;

/** A coach task waiting in a programme's process. */
public record OpenCoachTask(long programmeId, CoachTaskKind kind, EmployeeId coach, Instant since) {
}
