package dev.podium.people;

/** A department and the country it sits in (ISO 3166 alpha-2). */
public record DepartmentSummary(long id, String name, String countryCode) {
}
