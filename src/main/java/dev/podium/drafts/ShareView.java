package dev.podium.drafts;

import java.time.Instant;
import org.jspecify.annotations.Nullable;

/** A draft's latest thread with the coach: open or closed, and by whom. */
public record ShareView(ShareState state, String coachName, Instant sharedAt, @Nullable Instant closedAt,
        boolean closedByOwner) {
}
