package dev.podium.people;

/** Head counts for HR's home page. */
public record OrganisationFigures(long activeEmployees, long formerEmployees, long departments) {
}
