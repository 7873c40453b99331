package dev.podium.audit;

/**
 * The coach's points and comment on one rubric item.
 *
 * @param points null leaves the item unscored (allowed when asking for a revision)
 */
public record CoachReview(RubricItem item, Integer points, String comment) {
}
