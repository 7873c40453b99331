package dev.podium.learning;

import dev.podium.shared.CourseId;
import dev.podium.shared.EmployeeId;
import java.time.Instant;
import java.time.LocalDate;

/**
 * Someone was enrolled in a course: by themselves ({@code enrolledBy} equals {@code employee}) or assigned by HR,
 * perhaps with a due date. Published once per enrolment.
 *
 * @param dueDate when an assignment is due (null: no due date)
 */
public record CourseEnrolled(EmployeeId employee, CourseId course, EmployeeId enrolledBy, LocalDate dueDate,
        Instant enrolledAt) {
}
