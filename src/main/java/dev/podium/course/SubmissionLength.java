package dev.podium.course;

import java.util.Arrays;
import java.util.Optional;

/**
 * How long a submission must be ({@code length: {min: 1200, max: 2600, unit: characters}}); either bound may be
 * absent. Characters are Unicode code points of the text as submitted (trimmed), so an emoji counts once, as
 * LinkedIn counts it; words are runs of letters or digits.
 */
public record SubmissionLength(Integer min, Integer max, Unit unit) {

    /** What is counted. */
    public enum Unit {
        CHARACTERS("characters"),
        WORDS("words");

        private final String id;

        Unit(String id) {
            this.id = id;
        }

        public String id() {
            return id;
        }

        public static Optional<Unit> byId(String id) {
            return Arrays.stream(values()).filter(unit -> unit.id.equals(id)).findFirst();
        }
    }

    /** The length of a text in this rule's unit. */
    public int measure(String text) {
        String trimmed = text == null ? "" : text.strip();
        if (unit == Unit.CHARACTERS) {
            return trimmed.codePointCount(0, trimmed.length());
        }
        return (int) java.util.regex.Pattern.compile("[\\p{L}\\p{N}]+(?:['’\\-][\\p{L}\\p{N}]+)*")
                .matcher(trimmed).results().count();
    }

    public boolean tooShort(String text) {
        return min != null && measure(text) < min;
    }

    public boolean tooLong(String text) {
        return max != null && measure(text) > max;
    }
}
