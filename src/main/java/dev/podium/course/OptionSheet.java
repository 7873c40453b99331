package dev.podium.course;

/** One answer option. */
public record OptionSheet(String id, String text) {
}
