package dev.podium.rollout;

import java.time.Instant;
import java.time.LocalDate;

/** A wave in HR's list. */
public record WaveSummary(long id, String name, WaveState state, LocalDate dueDate, int courses,
        boolean coachingProgramme, Instant createdAt, Instant launchedAt) {
}
