package dev.podium.people;

import java.util.List;

/**
 * Something wrong on one line of an HRIS export, as a translation key with its arguments.
 *
 * @param line the line in the file (the header is line 1); 0 for a problem with the whole file
 */
public record HrisProblem(int line, String messageKey, List<String> arguments) {

    public HrisProblem {
        arguments = List.copyOf(arguments);
    }

    static HrisProblem of(int line, String key, String... arguments) {
        return new HrisProblem(line, key, List.of(arguments));
    }
}
