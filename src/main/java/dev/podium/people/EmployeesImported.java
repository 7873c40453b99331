package dev.podium.people;

import java.time.Instant;

/**
 * An HRIS import committed. New and changed people are announced by this one event rather than one
 * {@link EmployeeRegistered} per person, so that 100,000 rows do not become 100,000 events; leavers and returners
 * still get their own {@link EmployeeDeactivated} and {@link EmployeeReactivated}.
 */
public record EmployeesImported(int created, int updated, int deactivated, int reactivated, Instant importedAt) {
}
