package dev.podium.people;

import java.util.List;

/**
 * What an import would do, counted, and every problem found. It imports only when there is no problem.
 *
 * @param deactivated leavers: marked as such in the file or, for a full export, missing from it
 * @param reactivated people the HRIS lists as employed again after they had been deactivated
 * @param problems every problem, in line order; at most {@link HrisImportService#MAX_PROBLEMS}
 * @param moreProblems how many more problems there were beyond those listed
 */
public record HrisPreview(int rows, int created, int updated, int unchanged, int deactivated, int reactivated,
        int departmentsCreated, List<HrisProblem> problems, int moreProblems) {

    public HrisPreview {
        problems = List.copyOf(problems);
    }

    public boolean importable() {
        return problems.isEmpty();
    }
}
