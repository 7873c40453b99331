package dev.podium.course;

import static org.assertj.core.api.Assertions.assertThat;

import dev.podium.content.ContentProblem;
import dev.podium.content.TestContent;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/** The courses shipped in {@code courses/} are valid: a content edit that breaks one fails the build. */
class RealCoursesTest {

    /** {@code -Dpodium.courses.dir=...} validates another copy of the courses (a content branch) the same way. */
    static final Path COURSES = Path.of(System.getProperty("podium.courses.dir", "courses"));

    private static List<String> folders() {
        try (var children = java.nio.file.Files.list(COURSES)) {
            return children.filter(java.nio.file.Files::isDirectory).map(path -> path.getFileName().toString())
                    .toList();
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    private static CourseFolderReader.Result read() {
        return new CourseFolderReader(TestContent.variables()).readAll(List.of(COURSES));
    }

    @Test
    void every_shipped_course_is_valid_and_substantial() {
        CourseFolderReader.Result result = read();
        assertThat(result.problems()).extracting(ContentProblem::english).isEmpty();
        assertThat(result.courses()).extracting(course -> course.id().value()).containsAll(List.of(
                "social-leadership", "profile-optimisation", "social-media-guidelines", "finding-your-voice",
                "programme-owners"))
                .as("every course folder is published").containsExactlyInAnyOrderElementsOf(folders());
        for (CourseDefinition course : result.courses()) {
            assertThat(course.lessons()).as(course.id() + " lessons").hasSizeGreaterThanOrEqualTo(5);
            assertThat(course.lessons()).as(course.id() + " has a quiz").anyMatch(lesson -> lesson.quizFile() != null);
            assertThat(course.lessons()).as(course.id() + " has practice tasks")
                    .anyMatch(lesson -> !lesson.texts().get(course.defaultLanguage()).practice().isEmpty());
        }
    }

    @Test
    void the_guidelines_course_is_in_english_and_danish_and_has_a_scenario_quiz() {
        CourseDefinition guidelines = read().courses().stream()
                .filter(course -> course.id().value().equals("social-media-guidelines")).findFirst().orElseThrow();
        assertThat(guidelines.languages()).extracting(Locale::getLanguage).containsExactly("en", "da");
        assertThat(guidelines.lessons()).flatExtracting(lesson -> lesson.quizzes().values())
                .flatExtracting(CourseDefinition.QuizDefinition::questions)
                .anyMatch(question -> question.type() == QuestionType.SCENARIO);
    }

    @Test
    void every_shipped_course_requires_its_practice_and_the_guidelines_course_its_attestation() {
        List<CourseDefinition> courses = read().courses();
        assertThat(courses).allSatisfy(course -> assertThat(course.completion()).as(course.id().value())
                .isEqualTo(CompletionRule.LESSONS_QUIZZES_AND_TASKS));
        CourseDefinition guidelines = courses.stream()
                .filter(course -> course.id().value().equals("social-media-guidelines")).findFirst().orElseThrow();
        assertThat(guidelines.lessons()).flatExtracting(lesson -> lesson.texts().get(Locale.ENGLISH).practice())
                .filteredOn(task -> task.completion() == TaskCompletion.ATTESTATION)
                .singleElement().extracting(PracticeTask::required).isEqualTo(true);
    }

    @Test
    void profile_optimisation_is_in_english_and_danish_with_its_figures_filled_from_configuration() {
        CourseDefinition profile = read().courses().stream()
                .filter(course -> course.id().value().equals("profile-optimisation")).findFirst().orElseThrow();
        assertThat(profile.languages()).extracting(Locale::getLanguage).containsExactly("en", "da");
        CourseDefinition.LessonDefinition headline = profile.lesson("headline").orElseThrow();
        assertThat(headline.texts().get(Locale.forLanguageTag("da")).markdown()).contains("mellem **60 og 220 tegn**");
        assertThat(headline.texts().get(Locale.ENGLISH).practice().getFirst().length())
                .isEqualTo(new SubmissionLength(60, 220, SubmissionLength.Unit.CHARACTERS));
        assertThat(profile.lesson("about-section").orElseThrow().texts().get(Locale.ENGLISH).practice().getFirst()
                .length()).isEqualTo(new SubmissionLength(1200, 2600, SubmissionLength.Unit.CHARACTERS));
    }

    /** The courses and policy this branch rewrote; the others follow once their Danish rewrite is merged. */
    @Test
    void no_shipped_text_keeps_a_placeholder_for_the_company() throws java.io.IOException {
        for (Path folder : List.of(COURSES.resolve("social-media-guidelines"), COURSES.resolve("profile-optimisation"),
                Path.of("policies"))) {
            checkNoPlaceholders(folder);
        }
    }

    private static void checkNoPlaceholders(Path folder) throws java.io.IOException {
        try (var files = java.nio.file.Files.walk(folder)) {
            for (Path file : files.filter(java.nio.file.Files::isRegularFile)
                    .filter(path -> path.toString().endsWith(".md") || path.toString().endsWith(".yml")).toList()) {
                assertThat(java.nio.file.Files.readString(file)).as(file.toString())
                        .doesNotContain("[Company]", "[Virksomhed]", "#[Company]");
            }
        }
    }
}
