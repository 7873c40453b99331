package dev.podium.learning;

import dev.podium.shared.CourseId;
import dev.podium.shared.EmployeeId;
import java.time.Instant;
import java.time.LocalDate;

/**
 * Someone enrolled themselves in a course ({@code enrolledBy} equals {@code employee}). HR's assignments to many at
 * once are published as one {@link CourseAssigned} per call instead.
 *
 * @param dueDate when an assignment is due (null: no due date)
 */
public record CourseEnrolled(EmployeeId employee, CourseId course, EmployeeId enrolledBy, LocalDate dueDate,
        Instant enrolledAt) {
}
