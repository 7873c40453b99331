package dev.podium.rollout;

import dev.podium.learning.LearnerState;
import dev.podium.shared.EmployeeId;

/** One member of a launched wave, with how they are getting on with its courses. */
public record WaveMember(EmployeeId id, String name, String email, LearnerState state) {
}
