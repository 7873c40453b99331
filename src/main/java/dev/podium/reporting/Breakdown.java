package dev.podium.reporting;

import java.util.List;

/**
 * The funnel per department, country or cohort. Groups with fewer people than the minimum group size are left out
 * (and when only one would be, the next smallest too, so that no figure follows from the total by subtraction).
 *
 * @param hiddenGroups how many groups were left out
 */
public record Breakdown(Dimension dimension, List<Group> groups, int hiddenGroups) {

    public Breakdown {
        groups = List.copyOf(groups);
    }

    /** One group's funnel; {@code key} is the department or cohort id or the country code. */
    public record Group(String key, String label, Funnel funnel) {
    }
}
