package dev.podium.shared;

import java.util.regex.Pattern;

/** Identity of a course: the name of its folder under {@code courses/}, lower-case kebab, never changed. */
public record CourseId(String value) {

    private static final Pattern KEBAB = Pattern.compile("[a-z0-9]+(-[a-z0-9]+)*");

    public CourseId {
        if (value == null || value.length() > 80 || !KEBAB.matcher(value).matches()) {
            throw new IllegalArgumentException("A course id is lower-case kebab (a-z, 0-9, -), got " + value);
        }
    }

    public static CourseId of(String value) {
        return new CourseId(value);
    }

    public static boolean isValid(String value) {
        return value != null && value.length() <= 80 && KEBAB.matcher(value).matches();
    }

    @Override
    public String toString() {
        return value;
    }
}
