package dev.podium.drafts;

import java.time.Instant;
import java.util.List;
import org.jspecify.annotations.Nullable;

/** One draft of a person for their data export: every kept version and every comment on it. */
public record DraftExport(long id, DraftKind kind, String title, Instant createdAt, List<DraftText> versions,
        List<CommentView> comments, @Nullable PracticeHandIn practice) {

    public DraftExport {
        versions = List.copyOf(versions);
        comments = List.copyOf(comments);
    }
}
