package dev.podium.coaching;

import dev.podium.activity.ActivityEvidence;
import dev.podium.activity.Conversations;
import dev.podium.shared.EmployeeId;
import java.time.Instant;
import java.util.List;
import java.util.Set;

/**
 * What the assigned coach sees of a participant while the programme is open: milestones, check-in notes, activity
 * counts and the conversations the participant's posts started (figures only: never post texts, and never anything
 * of the people who answered, which the analytics export does not hold anyway).
 */
public record Participant(long programmeId, EmployeeId employee, String name, Stage stage, Instant startedAt,
        Instant lastProgressAt, Set<Milestone> milestones, String midpointNotes, String finalNotes,
        boolean goalMet, ActivityEvidence evidence, List<CoachTask> openTasks, Conversations conversations) {
}
