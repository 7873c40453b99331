/**
 * The coaching programme: guidelines course and attestation, an approved profile audit, voice topics agreed with a
 * coach, a practice period whose activity goal is checked on every import, and check-ins, run by the
 * {@code coachingProgramme} process. Listens to {@code CourseCompleted}, {@code PolicyAttested},
 * {@code ProfileAuditApproved}, {@code ActivityImported} and {@code EmployeeDeactivated}; starts the programme for many
 * people at once when the rollout asks ({@code CoachingService.assignAll}); publishes
 * {@link dev.podium.coaching.CoachingProgrammeCompleted}.
 */
@ApplicationModule(allowedDependencies = {
        "activity", "audit", "learning", "notification", "people", "policy", "shared"})
@NullMarked
package dev.podium.coaching;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
