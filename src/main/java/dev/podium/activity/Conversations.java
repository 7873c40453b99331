package dev.podium.activity;

import java.time.LocalDate;
import java.util.List;

/**
 * The conversations a person's own posts started in the index window, from LinkedIn's analytics export beside the
 * archive: per post the comments and reposts received beside impressions, the posts that started conversations
 * first, what those have in common, and the followers gained per week as a trend. Never a ranking of people, and
 * reach is shown as context, never as a goal.
 *
 * @param exportImported whether the person ever imported an analytics export; without one only the archive's posts
 *        are listed, without figures
 * @param posts the posts that started a conversation first, then the others, each group newest first
 * @param common what the posts that started conversations share: the most frequent topic, length, format and
 *        weekday among them, each with its count
 * @param followerWeeks one entry per week of the window, oldest first; empty without follower figures
 * @param minComments comments from which a post counts as having started a conversation
 */
public record Conversations(boolean exportImported, LocalDate windowStart, LocalDate windowEnd,
        List<PostConversation> posts, List<Common> common, List<FollowerWeek> followerWeeks, int postsWithFigures,
        int postsWithCommentFigures, int postsStarted, int commentsReceived, int repostsReceived, long impressions,
        int minComments) {

    public Conversations {
        posts = List.copyOf(posts);
        common = List.copyOf(common);
        followerWeeks = List.copyOf(followerWeeks);
    }

    /**
     * One thing the posts that started conversations share.
     *
     * @param dimension TOPIC, LENGTH, FORMAT or WEEKDAY
     * @param value the topic's label, SHORT / MEDIUM / LONG, a {@link PostFormat} name or a {@link java.time.DayOfWeek}
     *        name
     * @param count how many of the {@code of} posts share it
     */
    public record Common(String dimension, String value, int count, int of) {
    }

    /** Followers gained in the ISO week starting {@code weekStart}. */
    public record FollowerWeek(LocalDate weekStart, int gained) {
    }

    /** The same without the person's own texts, for a coach. */
    public Conversations withoutTexts() {
        return new Conversations(exportImported, windowStart, windowEnd,
                posts.stream().map(PostConversation::withoutText).toList(), common, followerWeeks, postsWithFigures,
                postsWithCommentFigures, postsStarted, commentsReceived, repostsReceived, impressions, minComments);
    }
}
