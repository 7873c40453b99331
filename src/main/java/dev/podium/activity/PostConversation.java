package dev.podium.activity;

import java.time.LocalDate;

/**
 * One of the person's own posts with what others did with it, from LinkedIn's analytics export. A figure the export
 * does not state is null (older exports give engagements, not comments); so is what only the archive knows (words,
 * format, topic) for a post the archive does not hold.
 *
 * @param excerpt the start of the person's own text; null when someone else asks (a coach)
 * @param comments comments received: people moved to answer
 * @param reposts reposts received
 * @param impressions times the post was on someone's screen, people who scrolled past included
 * @param startedConversation at least {@code podium.activity.conversation.min-comments} comments received
 */
public record PostConversation(LocalDate publishedOn, String excerpt, String url, Integer words, PostFormat format,
        String topic, Integer impressions, Integer engagements, Integer comments, Integer reposts,
        boolean startedConversation) {

    /** People who answered (commented or reposted), when the export says; null otherwise. */
    public Integer impressed() {
        return comments == null && reposts == null ? null
                : (comments == null ? 0 : comments) + (reposts == null ? 0 : reposts);
    }

    PostConversation withoutText() {
        return new PostConversation(publishedOn, null, url, words, format, topic, impressions, engagements, comments,
                reposts, startedConversation);
    }
}
