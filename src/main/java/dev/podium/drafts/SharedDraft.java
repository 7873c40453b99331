package dev.podium.drafts;

import java.time.Instant;

/** A draft shared with the signed-in coach, in their list. */
public record SharedDraft(long draftId, String participantName, DraftKind kind, String title, Instant sharedAt,
        long comments, boolean handedIn) {
}
