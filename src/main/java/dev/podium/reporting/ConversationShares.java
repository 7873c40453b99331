package dev.podium.reporting;

import java.util.List;

/**
 * Per group, the share of active people whose own posts started at least one conversation in the index window
 * (from LinkedIn's analytics export). Groups below the minimum size are left out; a null count is not shown.
 *
 * @param hiddenGroups groups left out because they are small
 */
public record ConversationShares(Dimension dimension, List<Group> groups, int hiddenGroups) {

    public ConversationShares {
        groups = List.copyOf(groups);
    }

    /**
     * @param population active people in the group
     * @param withExport of them, people who imported the analytics export (null when small)
     * @param started of them, people with at least one own post that started a conversation (null when small)
     */
    public record Group(String key, String label, long population, Long withExport, Long started) {
    }
}
