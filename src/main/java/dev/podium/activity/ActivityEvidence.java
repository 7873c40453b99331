package dev.podium.activity;

/**
 * What an employee's imported activity shows, for programme goals and practice tasks. Counts only, never texts.
 * "Original" means an own post (at least the configured number of words) or an article; reshares never count.
 * Weeks are ISO weeks (Monday to Sunday, UTC) and include the current one.
 *
 * @param originalPost at least one original post in the index window (the last 12 weeks by default)
 * @param substantiveComments substantive comments (at least 12 words, not only emoji) in the index window
 * @param voiceTopicsChosen the employee has saved 3–5 voice topics
 * @param weeksWithOriginalPostsInLast6 of the last 6 weeks, how many hold at least one original post
 * @param socialLeadershipIndex the index today, 0–100
 */
public record ActivityEvidence(boolean originalPost, int substantiveComments, boolean voiceTopicsChosen,
        int weeksWithOriginalPostsInLast6, int socialLeadershipIndex) {

    /** Evidence id of the practice task "write an original post". */
    public static final String ORIGINAL_POST = "original-post";
    /** Evidence id of "comment with substance at least three times". */
    public static final String SUBSTANTIVE_COMMENTS = "substantive-comments";
    /** Evidence id of "choose your 3–5 voice topics". */
    public static final String VOICE_TOPICS = "voice-topics";
    /** Evidence id of "post originals in at least 4 of the last 6 weeks". */
    public static final String CONSISTENT_WEEKS = "consistent-weeks";

    /** Substantive comments that complete {@link #SUBSTANTIVE_COMMENTS}. */
    public static final int SUBSTANTIVE_COMMENTS_NEEDED = 3;
    /** Weeks (of the last 6) with original posts that complete {@link #CONSISTENT_WEEKS}. */
    public static final int CONSISTENT_WEEKS_NEEDED = 4;

    /**
     * Whether this evidence completes the practice task with that evidence id; false for ids this module does not
     * know, so a task naming another module's evidence is never completed here by mistake.
     */
    public boolean provides(String evidenceId) {
        if (evidenceId == null) {
            return false;
        }
        return switch (evidenceId) {
            case ORIGINAL_POST -> originalPost;
            case SUBSTANTIVE_COMMENTS -> substantiveComments >= SUBSTANTIVE_COMMENTS_NEEDED;
            case VOICE_TOPICS -> voiceTopicsChosen;
            case CONSISTENT_WEEKS -> weeksWithOriginalPostsInLast6 >= CONSISTENT_WEEKS_NEEDED;
            default -> false;
        };
    }
}
