package dev.podium.course;

import java.util.Arrays;
import java.util.Optional;

/** When a course counts as completed. */
public enum CompletionRule {
    /** Every lesson marked complete and every quiz passed. */
    LESSONS_AND_QUIZZES("lessons-and-quizzes"),
    /** As above, and every required practice task completed. */
    LESSONS_QUIZZES_AND_TASKS("lessons-quizzes-and-tasks");

    private final String id;

    CompletionRule(String id) {
        this.id = id;
    }

    public String id() {
        return id;
    }

    public static Optional<CompletionRule> byId(String id) {
        return Arrays.stream(values()).filter(rule -> rule.id.equals(id)).findFirst();
    }
}
