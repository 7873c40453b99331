package dev.podium.course;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/** Collects the problems of one validation run, in the order they were found. */
final class Problems {

    private final List<CourseProblem> found = new ArrayList<>();

    void add(String file, int line, String key, Object... arguments) {
        found.add(new CourseProblem(file, line, key, Arrays.asList(arguments)));
    }

    boolean isEmpty() {
        return found.isEmpty();
    }

    int size() {
        return found.size();
    }

    List<CourseProblem> list() {
        return List.copyOf(found);
    }
}
