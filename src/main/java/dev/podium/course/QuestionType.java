package dev.podium.course;

import java.util.Arrays;
import java.util.Optional;

/** Kinds of quiz question. */
public enum QuestionType {
    SINGLE("single"),
    MULTIPLE("multiple"),
    /** A situation with one best answer; every option explains itself after answering. */
    SCENARIO("scenario");

    private final String id;

    QuestionType(String id) {
        this.id = id;
    }

    public String id() {
        return id;
    }

    public boolean singleAnswer() {
        return this != MULTIPLE;
    }

    public static Optional<QuestionType> byId(String id) {
        return Arrays.stream(values()).filter(type -> type.id.equals(id)).findFirst();
    }
}
