package dev.podium.course;

/** One question of a quiz sheet; {@code scenario} is null except for scenario questions. */
public record QuestionSheet(String id, QuestionType type, String scenario, String prompt, java.util.List<OptionSheet> options) {
}
