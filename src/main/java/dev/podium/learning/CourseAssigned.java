package dev.podium.learning;

import dev.podium.shared.CourseId;
import dev.podium.shared.EmployeeId;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * HR assigned a course to many people at once (a wave's page of members): the enrolments that are new, one event for
 * all of them, so that a 10k-member wave is a handful of events and its listeners work set by set. Someone who
 * enrols themselves still gets {@link CourseEnrolled}.
 *
 * @param employees the people newly enrolled (those enrolled before only gained the due date, if they had none)
 * @param dueDate when the course is due (null: no due date)
 */
public record CourseAssigned(CourseId course, List<EmployeeId> employees, LocalDate dueDate, EmployeeId assignedBy,
        Instant assignedAt) {

    public CourseAssigned {
        employees = List.copyOf(employees);
    }
}
