package dev.podium.learning;

/** What the learner should do next in a course: the lesson to open, and why ({@code lessonId} null when done). */
public record NextStep(String lessonId, Kind kind) {

    /** The kind of step. */
    public enum Kind { READ_LESSON, TAKE_QUIZ, DO_TASK, DONE }
}
