package dev.podium.reporting;

import dev.podium.shared.EmployeeId;
import java.time.LocalDate;

/**
 * One row of a drill-down list: where a person stands in the programme (HR is entitled to completion and
 * certificates; nothing about posts).
 *
 * @param certifiedUntil the last day a certificate of theirs is valid; null when they hold none
 */
public record PersonProgress(EmployeeId id, String name, String departmentName, String countryCode,
        int coursesAssigned, int coursesStarted, int coursesCompleted, boolean auditApproved,
        LocalDate certifiedUntil, FunnelStage reached) {
}
