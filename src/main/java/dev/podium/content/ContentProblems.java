package dev.podium.content;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/** Collects the problems of one validation run, in the order they were found. */
public final class ContentProblems {

    private final List<ContentProblem> found = new ArrayList<>();

    public void add(String file, int line, String key, Object... arguments) {
        found.add(new ContentProblem(file, line, key, Arrays.asList(arguments)));
    }

    public boolean isEmpty() {
        return found.isEmpty();
    }

    public int size() {
        return found.size();
    }

    public List<ContentProblem> list() {
        return List.copyOf(found);
    }
}
