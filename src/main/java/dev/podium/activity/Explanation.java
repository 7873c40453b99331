package dev.podium.activity;

import java.util.List;

/** A plain sentence for the person, as a translation key with its MessageFormat arguments. */
public record Explanation(String messageKey, List<Object> arguments) {

    public Explanation {
        arguments = List.copyOf(arguments);
    }

    static Explanation of(String messageKey, Object... arguments) {
        return new Explanation(messageKey, List.of(arguments));
    }
}
