package dev.podium.people;

import dev.podium.shared.CourseId;
import dev.podium.shared.EmployeeId;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Set;

/** HR asks to remind the members of a launched wave who have not started its courses yet. */
public record WaveReminderRequested(long waveId, String waveName, Set<CourseId> courses, LocalDate dueDate,
        EmployeeId requestedBy, Instant requestedAt) {

    public WaveReminderRequested {
        courses = Set.copyOf(courses);
    }
}
