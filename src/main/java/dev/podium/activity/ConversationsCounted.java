package dev.podium.activity;

import dev.podium.shared.EmployeeId;
import java.time.LocalDate;

/**
 * How many of a person's own posts in the index window started a conversation, published with every stored index
 * (after an import of either export, after a topic change). Counts only; for HR's group shares.
 *
 * @param exportImported whether the person ever imported LinkedIn's analytics export
 * @param postsWithCommentFigures own posts whose comments received the export states
 * @param postsStarted those with at least the configured comments
 * @param windowEnd the last day of the window counted
 */
public record ConversationsCounted(EmployeeId employee, boolean exportImported, int postsWithCommentFigures,
        int postsStarted, LocalDate windowEnd) {
}
