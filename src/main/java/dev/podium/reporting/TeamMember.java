package dev.podium.reporting;

import dev.podium.shared.EmployeeId;
import java.time.LocalDate;

/**
 * A line manager's direct report as "My team" shows them: assignments, completion and certificates, nothing about
 * posts.
 *
 * @param nextDueDate the earliest due date of a course not yet completed; null for none
 * @param overdue courses not completed whose due date has passed
 */
public record TeamMember(EmployeeId id, String name, String jobTitle, int coursesAssigned, int coursesCompleted,
        LocalDate nextDueDate, int overdue, int certificates, LocalDate nextExpiry) {
}
