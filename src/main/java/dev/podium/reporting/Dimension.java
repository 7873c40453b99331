package dev.podium.reporting;

/** What the funnel can be broken down by. */
public enum Dimension {
    DEPARTMENT, COUNTRY, COHORT
}
