package dev.podium.coaching;

import java.time.Instant;

/** A step waiting for the signed-in coach. */
public record CoachTask(long programmeId, String participantName, CoachTaskKind kind, Instant since) {
}
