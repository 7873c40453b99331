/**
 * HR's programme dashboard and line managers' "My team", served from read models this module keeps from other
 * modules' events ({@code EmployeeRegistered/Deactivated/Reactivated}, {@code CourseEnrolled}, {@code CourseAssigned}, {@code LessonCompleted},
 * {@code CourseCompleted}, {@code ProfileAuditApproved}, {@code SocialLeadershipIndexChanged},
 * {@code ActivityImported}, {@code ConversationsCounted}, {@code PolicyAttested}, {@code CertificateIssued},
 * {@code CertificateRevoked}, {@code WaveMembersLaunched}: a wave's cohort) and their public queries. Aggregates only, with small groups suppressed; no module depends on reporting, and it publishes
 * no events.
 */
@ApplicationModule(allowedDependencies = {
        "activity", "audit", "certificate", "course", "learning", "people", "policy", "rollout", "shared"})
@NullMarked
package dev.podium.reporting;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
