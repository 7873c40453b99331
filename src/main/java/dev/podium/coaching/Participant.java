package dev.podium.coaching;

import dev.podium.activity.ActivityEvidence;
import dev.podium.shared.EmployeeId;
import java.time.Instant;
import java.util.List;
import java.util.Set;

/**
 * What the assigned coach sees of a participant while the programme is open: milestones, check-in notes and
 * activity counts (never post texts).
 */
public record Participant(long programmeId, EmployeeId employee, String name, Stage stage, Instant startedAt,
        Instant lastProgressAt, Set<Milestone> milestones, String midpointNotes, String finalNotes,
        boolean goalMet, ActivityEvidence evidence, List<CoachTask> openTasks) {
}
