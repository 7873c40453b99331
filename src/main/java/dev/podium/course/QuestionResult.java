package dev.podium.course;

/** How one question went, with every option's explanation (shown after answering). */
public record QuestionResult(String questionId, boolean correct, java.util.Set<String> chosen, java.util.Set<String> correctOptions, java.util.Map<String, String> explanations) {
}
