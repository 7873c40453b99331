package dev.podium.activity;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.temporal.TemporalAdjusters;
import java.util.List;
import java.util.Objects;
import java.util.function.IntSupplier;
import java.util.function.Supplier;

/**
 * A goal a programme sets on posting activity, tested with {@code ActivityIndexService.meets}. Weeks are ISO weeks
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

    /**
     * Original work and substantive comments over a goal's look-back ({@link #weeks()}), as counts.
     *
     * @param weeksWithOriginals weeks holding at least one own post or article
     */
    record RecentWork(int weeksWithOriginals, int originalPosts, int substantiveComments) {

        /** Counts the items from {@code from} on (the Monday the look-back starts). */
        static RecentWork of(List<ItemStore.Dated> dated, Instant from) {
            List<ItemStore.Dated> recent = dated.stream().filter(d -> !d.occurredAt().isBefore(from)).toList();
            int weeks = (int) recent.stream().filter(RecentWork::original)
                    .map(d -> d.occurredAt().atZone(ZoneOffset.UTC).toLocalDate()
                            .with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY)))
                    .distinct().count();
            int originals = (int) recent.stream().filter(RecentWork::original).count();
            int substantive = (int) recent.stream()
                    .filter(d -> d.classification() == Classification.SUBSTANTIVE_COMMENT).count();
            return new RecentWork(weeks, originals, substantive);
        }

        private static boolean original(ItemStore.Dated dated) {
            return dated.classification() == Classification.OWN_POST
                    || dated.classification() == Classification.ARTICLE;
        }
    }

    /**
     * The figure this goal compares with its threshold. Only what the kind needs is asked for: the index (for the
     * total, a pillar or the active weeks), the number of voice topics, or the recent work over {@link #weeks()}.
     */
    int figure(Supplier<SocialLeadershipIndex> index, IntSupplier voiceTopics, Supplier<RecentWork> recent) {
        return switch (kind) {
            case SLI_AT_LEAST -> index.get().total();
            case ORIGINALITY_AT_LEAST -> index.get().originality().score();
            case ACTIVE_WEEKS -> index.get().activeWeeks();
            case VOICE_TOPICS -> voiceTopics.getAsInt();
            case ORIGINAL_POST_WEEKS -> recent.get().weeksWithOriginals();
            case ORIGINAL_POSTS -> recent.get().originalPosts();
            case SUBSTANTIVE_COMMENTS -> recent.get().substantiveComments();
        };
    }

    /** Whether the figures meet this goal; see {@link #figure}. */
    boolean isMetBy(Supplier<SocialLeadershipIndex> index, IntSupplier voiceTopics, Supplier<RecentWork> recent) {
        return figure(index, voiceTopics, recent) >= threshold;
    }
}
