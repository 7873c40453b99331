package dev.podium.coaching;

import dev.podium.shared.EmployeeId;
import java.time.Instant;

/** One participant in HR's list: status and stage only, never notes or activity. */
public record ProgrammeRow(long programmeId, EmployeeId employee, String participantName, EmployeeId coach,
        String coachName, Stage stage, Instant startedAt, Instant lastProgressAt) {
}
