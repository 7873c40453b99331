package dev.podium.drafts;

import java.time.Instant;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * A draft as its owner, or the coach it is shared with, reads it: the current text, the kept versions (newest first),
 * the latest thread and its comments, and the practice task it was handed in for.
 *
 * @param mine whether the signed-in person owns it (else they read it as its coach)
 */
public record DraftView(long id, String ownerName, DraftKind kind, String title, String text, int versionNumber,
        Instant updatedAt, List<DraftText> versions, @Nullable ShareView share, List<CommentView> comments,
        @Nullable PracticeHandIn practice, boolean mine) {

    public DraftView {
        versions = List.copyOf(versions);
        comments = List.copyOf(comments);
    }

    public boolean threadOpen() {
        return share != null && share.state() == ShareState.OPEN;
    }
}
