package dev.podium.rollout;

import dev.podium.shared.CourseId;
import dev.podium.shared.EmployeeId;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Set;

/**
 * HR launched a wave: its members are fixed. The rollout then enrols them page by page ({@link WaveMembersLaunched}
 * follows for each page).
 *
 * @param members how many people the wave reaches
 */
public record WaveLaunched(long waveId, String waveName, long members, Set<CourseId> courses, LocalDate dueDate,
        boolean coachingProgramme, EmployeeId launchedBy, Instant launchedAt) {

    public WaveLaunched {
        courses = Set.copyOf(courses);
    }
}
