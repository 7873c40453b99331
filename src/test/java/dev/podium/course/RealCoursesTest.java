package dev.podium.course;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/** The courses shipped in {@code courses/} are valid: a content edit that breaks one fails the build. */
class RealCoursesTest {

    /** {@code -Dpodium.courses.dir=...} validates another copy of the courses (a content branch) the same way. */
    static final Path COURSES = Path.of(System.getProperty("podium.courses.dir", "courses"));

    private static CourseFolderReader.Result read() {
        return new CourseFolderReader(TestContent.variables()).readAll(List.of(COURSES));
    }

    @Test
    void every_shipped_course_is_valid_and_substantial() {
        CourseFolderReader.Result result = read();
        assertThat(result.problems()).extracting(CourseProblem::english).isEmpty();
        assertThat(result.courses()).extracting(course -> course.id().value()).containsExactlyInAnyOrder(
                "social-leadership", "profile-optimisation", "social-media-guidelines", "finding-your-voice");
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
}
