package dev.podium.security;

/** How far a "My data" export is: modules asked so far of all, and records written. */
public record ExportProgress(int modulesDone, int modules, long records) {

    public double fraction() {
        return modules == 0 ? 1.0 : (double) modulesDone / modules;
    }
}
