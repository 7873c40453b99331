package dev.podium.course;

import static org.assertj.core.api.Assertions.assertThat;

import dev.podium.course.CourseDefinition.OptionDefinition;
import dev.podium.course.CourseDefinition.QuestionDefinition;
import dev.podium.course.CourseDefinition.QuizDefinition;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

class QuizScoringTest {

    private final QuizDefinition quiz = new QuizDefinition("Check", null, null, 0, List.of(
            new QuestionDefinition("one", QuestionType.SINGLE, null, "Pick one", List.of(
                    new OptionDefinition("a", "A", true, "A is right"),
                    new OptionDefinition("b", "B", false, null))),
            new QuestionDefinition("many", QuestionType.MULTIPLE, null, "Pick all", List.of(
                    new OptionDefinition("a", "A", true, null),
                    new OptionDefinition("b", "B", true, null),
                    new OptionDefinition("c", "C", false, "C is a trap"))),
            new QuestionDefinition("case", QuestionType.SCENARIO, "A situation", "What now?", List.of(
                    new OptionDefinition("a", "A", false, "Not this"),
                    new OptionDefinition("b", "B", true, "This")))));

    @Test
    void all_right_scores_one_hundred_and_passes() {
        QuizScore score = CourseService.score(quiz, 80, Map.of("one", Set.of("a"), "many", Set.of("a", "b"),
                "case", Set.of("b")));
        assertThat(score.percent()).isEqualTo(100);
        assertThat(score.passed()).isTrue();
    }

    @Test
    void a_multiple_choice_question_counts_only_when_exactly_the_right_options_are_chosen() {
        QuizScore partly = CourseService.score(quiz, 80, Map.of("one", Set.of("a"), "many", Set.of("a"),
                "case", Set.of("b")));
        QuizScore tooMany = CourseService.score(quiz, 80, Map.of("one", Set.of("a"), "many", Set.of("a", "b", "c"),
                "case", Set.of("b")));
        assertThat(partly.questions().get(1).correct()).isFalse();
        assertThat(tooMany.questions().get(1).correct()).isFalse();
        assertThat(partly.percent()).isEqualTo(66);
    }

    @Test
    void unanswered_questions_count_as_wrong() {
        QuizScore score = CourseService.score(quiz, 30, Map.of("one", Set.of("a")));
        assertThat(score.percent()).isEqualTo(33);
        assertThat(score.passed()).isTrue();
        assertThat(CourseService.score(quiz, 34, Map.of("one", Set.of("a"))).passed()).isFalse();
    }

    @Test
    void the_pass_mark_is_inclusive() {
        QuizScore twoOfThree = CourseService.score(quiz, 66, Map.of("one", Set.of("a"), "case", Set.of("b")));
        assertThat(twoOfThree.percent()).isEqualTo(66);
        assertThat(twoOfThree.passed()).isTrue();
    }

    @Test
    void results_carry_the_correct_options_and_every_explanation() {
        QuizScore score = CourseService.score(quiz, 80, Map.of("case", Set.of("a")));
        QuestionResult scenario = score.questions().get(2);
        assertThat(scenario.correct()).isFalse();
        assertThat(scenario.chosen()).containsExactly("a");
        assertThat(scenario.correctOptions()).containsExactly("b");
        assertThat(scenario.explanations()).containsEntry("a", "Not this").containsEntry("b", "This");
    }
}
