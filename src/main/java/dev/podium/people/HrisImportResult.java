package dev.podium.people;

/** What an import changed. */
public record HrisImportResult(int rows, int created, int updated, int unchanged, int deactivated, int reactivated,
        int departmentsCreated) {
}
