package dev.podium.reporting;

import dev.podium.shared.EmployeeId;
import java.time.LocalDate;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * One row of a drill-down list: where a person stands in the programme (HR is entitled to completion and
 * certificates; nothing about posts, audit scores or the index). A figure that would tell who is in a stage the
 * dashboard hides for this selection ("fewer than 5") is left out of every row of the list alike, so that the
 * rows cannot be counted into the hidden figure: those stages are {@code hiddenStages}, and their fields are null.
 *
 * @param coursesAssigned null when enrolment, course start or completion is hidden
 * @param auditApproved null when the audit stage is hidden
 * @param certifiedUntil the last day a certificate of theirs is valid; null when they hold none, or when hidden
 * @param reached the furthest stage reached; null when none, or when any stage is hidden
 */
public record PersonProgress(EmployeeId id, String name, String departmentName, String countryCode,
        @Nullable Integer coursesAssigned, @Nullable Integer coursesStarted, @Nullable Integer coursesCompleted,
        @Nullable Boolean auditApproved, @Nullable LocalDate certifiedUntil, @Nullable FunnelStage reached,
        Set<FunnelStage> hiddenStages) {

    public PersonProgress {
        hiddenStages = Set.copyOf(hiddenStages);
    }
}
