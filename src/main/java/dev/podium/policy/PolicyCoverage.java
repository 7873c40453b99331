package dev.podium.policy;

import java.util.List;

/**
 * How far a policy's current version is attested: overall and per department (the department at signing against
 * today's active headcount), and how many attestations each version has.
 */
public record PolicyCoverage(String policyId, String currentVersion, long activeEmployees, long attestedCurrent,
        List<DepartmentCoverage> departments, List<VersionCount> versions) {

    /** One department's figures for the current version. */
    public record DepartmentCoverage(String departmentName, long attested, long activeEmployees) {
    }

    /** Attestations (not people) per version, oldest version first. */
    public record VersionCount(String version, long attestations) {
    }
}
