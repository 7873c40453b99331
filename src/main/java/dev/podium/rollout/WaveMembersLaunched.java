package dev.podium.rollout;

import dev.podium.shared.EmployeeId;
import java.time.Instant;
import java.util.List;

/**
 * A page of a launched wave's members (at most a thousand) was enrolled in its courses and started on its coaching
 * programme: they belong to the wave's cohort from its launch on. Published in the page's transaction.
 */
public record WaveMembersLaunched(long waveId, String waveName, List<EmployeeId> members, Instant launchedAt) {

    public WaveMembersLaunched {
        members = List.copyOf(members);
    }
}
