package dev.podium.drafts;

import java.time.Instant;

/**
 * A comment on a passage of one version. {@code start}/{@code end} are offsets (UTF-16, as a text box counts) into
 * that version's text; {@code quoted} is the passage as it was, and {@code stillInText} whether the current text still
 * holds it.
 */
public record CommentView(long id, boolean byCoach, String authorName, int versionNumber, int start, int end,
        String quoted, String body, Instant at, boolean stillInText) {
}
