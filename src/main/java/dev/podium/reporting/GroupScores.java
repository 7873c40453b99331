package dev.podium.reporting;

import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * Profile audit scores and Social Leadership Index figures per department, country or cohort: how many people
 * have one and their average, never one person's. A group with fewer people than the minimum group size is left out
 * (and the next smallest with it when only one would be); a count of fewer is hidden with its average, and when that
 * hides only one cell of a column, the next smallest cell too, since the dashboard shows the column's total.
 *
 * @param hiddenGroups how many groups were left out
 */
public record GroupScores(Dimension dimension, List<Group> groups, int hiddenGroups) {

    public GroupScores {
        groups = List.copyOf(groups);
    }

    /**
     * One group's figures; null where not shown.
     *
     * @param audited active people with an approved profile audit
     * @param averageScore their average final score (0–100), one decimal
     * @param indexed active people with a Social Leadership Index
     * @param averageIndex their average index, one decimal
     */
    public record Group(String key, String label, long population, @Nullable Long audited,
            @Nullable Double averageScore, @Nullable Long indexed, @Nullable Double averageIndex) {
    }
}
