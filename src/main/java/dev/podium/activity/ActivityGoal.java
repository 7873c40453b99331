package dev.podium.activity;

import java.util.Objects;

/**
 * A goal a programme sets on posting activity, tested with {@code ActivityService.meets}. Weeks are ISO weeks
 * (Monday to Sunday, UTC) counted back from the current one, which is included.
 *
 * @param kind what is counted
 * @param threshold the least count (or index total) that meets the goal
 * @param weeks how many recent weeks are looked at; ignored (0) for {@link Kind#SLI_AT_LEAST},
 *     {@link Kind#VOICE_TOPICS}, {@link Kind#ACTIVE_WEEKS} and {@link Kind#ORIGINALITY_AT_LEAST}
 */
public record ActivityGoal(Kind kind, int threshold, int weeks) {

    public enum Kind {
        /** Original posts in at least {@code threshold} of the last {@code weeks} weeks. */
        ORIGINAL_POST_WEEKS,
        /** At least {@code threshold} original posts in the last {@code weeks} weeks. */
        ORIGINAL_POSTS,
        /** At least {@code threshold} substantive comments in the last {@code weeks} weeks. */
        SUBSTANTIVE_COMMENTS,
        /** A Social Leadership Index of at least {@code threshold} today. */
        SLI_AT_LEAST,
        /** At least {@code threshold} voice topics chosen. */
        VOICE_TOPICS,
        /**
         * Active (as the index counts it: original work or substantive comments) in at least {@code threshold}
         * weeks of the index window ({@code podium.activity.window-weeks}, 12 by default).
         */
        ACTIVE_WEEKS,
        /** An originality pillar score (0–25) of at least {@code threshold} today. */
        ORIGINALITY_AT_LEAST;

        boolean countedInWeeks() {
            return this == ORIGINAL_POST_WEEKS || this == ORIGINAL_POSTS || this == SUBSTANTIVE_COMMENTS;
        }
    }

    /** The longest look back a goal may ask for: two years. */
    public static final int MAX_WEEKS = 104;

    public ActivityGoal {
        Objects.requireNonNull(kind, "kind");
        if (threshold < 0) {
            throw new IllegalArgumentException("A goal's threshold is not negative, got " + threshold);
        }
        if (kind.countedInWeeks() && (weeks < 1 || weeks > MAX_WEEKS)) {
            throw new IllegalArgumentException(kind + " looks at 1 to " + MAX_WEEKS + " weeks, got " + weeks);
        }
        if (kind == Kind.ORIGINAL_POST_WEEKS && threshold > weeks) {
            throw new IllegalArgumentException("Original posts in " + threshold + " of " + weeks
                    + " weeks can never be met");
        }
        if (kind == Kind.ORIGINALITY_AT_LEAST && threshold > 25) {
            throw new IllegalArgumentException("A pillar scores at most 25, got " + threshold);
        }
        if (kind == Kind.SLI_AT_LEAST && threshold > 100) {
            throw new IllegalArgumentException("The index is at most 100, got " + threshold);
        }
    }

    /** "Original posts in at least {@code weeksWithPosts} of the last {@code weeks} weeks", e.g. 4 of 6. */
    public static ActivityGoal originalPostWeeks(int weeksWithPosts, int weeks) {
        return new ActivityGoal(Kind.ORIGINAL_POST_WEEKS, weeksWithPosts, weeks);
    }

    public static ActivityGoal originalPosts(int posts, int weeks) {
        return new ActivityGoal(Kind.ORIGINAL_POSTS, posts, weeks);
    }

    public static ActivityGoal substantiveComments(int comments, int weeks) {
        return new ActivityGoal(Kind.SUBSTANTIVE_COMMENTS, comments, weeks);
    }

    /** "Social Leadership Index at least {@code total}", e.g. 40 (the start of the building band). */
    public static ActivityGoal sliAtLeast(int total) {
        return new ActivityGoal(Kind.SLI_AT_LEAST, total, 0);
    }

    /** "Active in at least {@code weeks} weeks of the index window", e.g. 8 (of 12). */
    public static ActivityGoal activeWeeks(int weeks) {
        return new ActivityGoal(Kind.ACTIVE_WEEKS, weeks, 0);
    }

    /** "Originality pillar at least {@code score}" (of 25), e.g. 15. */
    public static ActivityGoal originalityAtLeast(int score) {
        return new ActivityGoal(Kind.ORIGINALITY_AT_LEAST, score, 0);
    }

    public static ActivityGoal voiceTopics(int topics) {
        return new ActivityGoal(Kind.VOICE_TOPICS, topics, 0);
    }
}
