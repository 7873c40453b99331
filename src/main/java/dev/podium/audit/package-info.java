/**
 * Profile audits: an employee's LinkedIn profile scored against the rubric (automatic items with their evidence,
 * coach items by review), reviewed by a coach in the {@code profileAuditReview} process with a revision loop and
 * SLA timers. Publishes {@link dev.podium.audit.ProfileAuditSubmitted} and
 * {@link dev.podium.audit.ProfileAuditApproved} (learning completes practice tasks from them); listens to
 * {@link dev.podium.people.EmployeeDeactivated} to cancel a leaver's open audit.
 */
@ApplicationModule(allowedDependencies = {"activity", "content", "notification", "people", "security", "shared"})
@NullMarked
package dev.podium.audit;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
