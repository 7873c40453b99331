package dev.podium.activity;

import java.time.LocalDate;

/** The rows of LinkedIn's analytics export, as the reader hands them on one by one. */
final class AnalyticsFigures {

    private AnalyticsFigures() {
    }

    /**
     * One of the person's posts (TOP POSTS). The sheet lists a post once per block (engagements, impressions), so
     * a figure the row does not carry is null and a later row for the same post fills it in.
     *
     * @param key the post's URN ({@code urn:li:activity:…}) or, failing that, its URL without query
     */
    record Post(String key, String url, LocalDate publishedOn, Integer impressions, Integer engagements,
            Integer comments, Integer reposts, Integer reactions) {
    }

    /** One day of ENGAGEMENT: impressions of and engagements with all the person's posts. */
    record Day(LocalDate day, int impressions, int engagements) {
    }

    /** One day of FOLLOWERS: followers gained. */
    record FollowerDay(LocalDate day, int newFollowers) {
    }

    /** What the rows of one export are handed to. */
    interface Sink {
        void post(Post post);

        void day(Day day);

        void followers(FollowerDay day);
    }
}
