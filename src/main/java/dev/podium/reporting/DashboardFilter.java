package dev.podium.reporting;

/**
 * Narrows the dashboard to part of the active population; null means any.
 *
 * @param countryCode ISO 3166 alpha-2 of the person's country
 * @param cohortId the wave a person was launched in
 */
public record DashboardFilter(Long departmentId, String countryCode, Long cohortId) {

    public static DashboardFilter everyone() {
        return new DashboardFilter(null, null, null);
    }
}
