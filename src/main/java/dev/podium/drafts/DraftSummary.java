package dev.podium.drafts;

import java.time.Instant;
import org.jspecify.annotations.Nullable;

/** One of the signed-in employee's drafts in their list; {@code shared} is the state of its latest thread, if any. */
public record DraftSummary(long id, DraftKind kind, String title, int versionNumber, Instant updatedAt,
        @Nullable ShareState shared) {
}
