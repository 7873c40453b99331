package dev.podium.course;

import dev.podium.shared.CourseId;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/** A course as read from its folder, valid and complete; texts per language. */
record CourseDefinition(CourseId id, String versionLabel, String contentHash, Path folder, List<Locale> languages,
        Map<Locale, String> titles, Map<Locale, String> summaries, String audience, List<String> topics,
        int estimatedMinutes, boolean selfEnrolment, int passMark, boolean certificate, CompletionRule completion,
        List<LessonDefinition> lessons) {

    Locale defaultLanguage() {
        return languages.getFirst();
    }

    /** The language to show: the person's own if the course has it, else the course's default. */
    Locale languageFor(Locale wanted) {
        return languages.stream().filter(l -> wanted != null && l.getLanguage().equals(wanted.getLanguage()))
                .findFirst().orElse(defaultLanguage());
    }

    Optional<LessonDefinition> lesson(String lessonId) {
        return lessons.stream().filter(lesson -> lesson.id().equals(lessonId)).findFirst();
    }

    record LessonDefinition(String id, Path file, String quizFile, Map<Locale, LessonText> texts,
            Map<Locale, QuizDefinition> quizzes) {

        Optional<QuizDefinition> quiz(Locale language) {
            return Optional.ofNullable(quizzes.get(language));
        }
    }

    record LessonText(String title, int minutes, List<PracticeTask> practice, String markdown) {
    }

    record QuizDefinition(String title, Integer passMark, Integer maxAttempts, int retryAfterMinutes,
            List<QuestionDefinition> questions) {
    }

    record QuestionDefinition(String id, QuestionType type, String scenario, String prompt,
            List<OptionDefinition> options) {
    }

    record OptionDefinition(String id, String text, boolean correct, String explanation) {
    }
}
