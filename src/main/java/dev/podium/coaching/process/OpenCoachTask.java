package dev.podium.coaching.process;

import dev.podium.coaching.CoachTaskKind;
import dev.podium.shared.EmployeeId;
import java.time.Instant;

/** A coach task waiting in a programme's process. */
public record OpenCoachTask(long programmeId, CoachTaskKind kind, EmployeeId coach, Instant since) {
}
