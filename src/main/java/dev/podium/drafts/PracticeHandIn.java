package dev.podium.drafts;

import java.time.Instant;

/** A draft handed in as the answer to a practice task: which task, which version of the draft, when. */
public record PracticeHandIn(String courseId, String taskId, String taskTitle, int versionNumber, Instant at) {
}
