package dev.podium.people;

import dev.podium.shared.CourseId;
import dev.podium.shared.EmployeeId;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Set;

/**
 * HR launched a wave: its members (read page by page through {@link WaveService#members}) are to be enrolled in the
 * courses with the due date, and started on the coaching programme if it is part of the wave.
 */
public record WaveLaunched(long waveId, Set<CourseId> courses, LocalDate dueDate, boolean coachingProgramme,
        EmployeeId launchedBy, Instant launchedAt) {

    public WaveLaunched {
        courses = Set.copyOf(courses);
    }
}
