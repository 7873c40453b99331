package dev.podium.course;

import static org.assertj.core.api.Assertions.assertThat;

import dev.podium.content.ContentProblem;
import dev.podium.content.TestContent;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The validator against a valid two-language course and against copies of it broken in every way authors break
 * courses: each problem must name the file, the line and what is wrong.
 */
class CourseFolderReaderTest {

    private static final Path FIXTURE = Path.of("src/test/resources/test-courses/journey-basics");

    @TempDir
    Path root;
    Path course;

    @BeforeEach
    void copyValidCourse() throws IOException {
        course = root.resolve("journey-basics");
        try (Stream<Path> files = Files.walk(FIXTURE)) {
            for (Path source : files.toList()) {
                Path target = course.resolve(FIXTURE.relativize(source).toString());
                if (Files.isDirectory(source)) {
                    Files.createDirectories(target);
                } else {
                    Files.copy(source, target);
                }
            }
        }
    }

    @Test
    void a_valid_course_is_read_with_its_lessons_quiz_tasks_and_translations() {
        CourseFolderReader.Result result = read();
        assertThat(result.problems()).isEmpty();
        CourseDefinition definition = result.courses().getFirst();
        assertThat(definition.id().value()).isEqualTo("journey-basics");
        assertThat(definition.languages()).extracting(java.util.Locale::getLanguage).containsExactly("en", "da");
        assertThat(definition.lessons()).extracting(CourseDefinition.LessonDefinition::id)
                .containsExactly("your-own-voice", "check-yourself");
        assertThat(definition.lessons().getFirst().texts().get(java.util.Locale.forLanguageTag("da")).title())
                .isEqualTo("Din egen stemme");
        assertThat(definition.lessons().getFirst().texts().get(java.util.Locale.ENGLISH).practice())
                .extracting(PracticeTask::id, PracticeTask::completion, PracticeTask::evidence, PracticeTask::required)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple("write-your-why", TaskCompletion.SUBMISSION, null, true),
                        org.assertj.core.groups.Tuple.tuple("first-post", TaskCompletion.ACTIVITY,
                                PracticeEvidence.ORIGINAL_POST, false));
        assertThat(definition.lessons().get(1).quiz(java.util.Locale.ENGLISH)).get()
                .extracting(quiz -> quiz.questions().size(), CourseDefinition.QuizDefinition::maxAttempts)
                .containsExactly(3, 3);
        assertThat(definition.contentHash()).hasSize(64);
    }

    @Test
    void the_content_hash_changes_with_any_edit_and_only_then() throws IOException {
        String before = read().courses().getFirst().contentHash();
        assertThat(read().courses().getFirst().contentHash()).isEqualTo(before);
        append("lessons/02-check-yourself.md", "\nOne more sentence.\n");
        assertThat(read().courses().getFirst().contentHash()).isNotEqualTo(before);
    }

    @Test
    void a_folder_without_course_yml_is_reported() throws IOException {
        Files.delete(course.resolve("course.yml"));
        assertProblem("journey-basics/course.yml:0: The file is missing.");
    }

    @Test
    void the_course_id_must_match_its_folder() throws IOException {
        replace("course.yml", "id: journey-basics", "id: journey-other");
        assertProblem("journey-basics/course.yml:2: The id \"journey-other\" must equal its folder name "
                + "\"journey-basics\".");
    }

    @Test
    void yaml_syntax_errors_name_the_line() throws IOException {
        replace("course.yml", "estimatedMinutes: 10", "estimatedMinutes: [10");
        assertThat(read().problems()).anySatisfy(problem -> {
            assertThat(problem.file()).isEqualTo("journey-basics/course.yml");
            assertThat(problem.messageKey()).isEqualTo("content.problem.yaml-syntax");
            assertThat(problem.line()).isBetween(13, 15);
        });
    }

    @Test
    void a_misspelt_key_is_reported_not_ignored() throws IOException {
        replace("course.yml", "passMark: 100", "pasMark: 100");
        assertProblem("journey-basics/course.yml:15: Unknown key \"pasMark\" (check the spelling against "
                + "docs/course-format.md).");
    }

    @Test
    void a_missing_required_key_is_reported() throws IOException {
        replace("course.yml", "estimatedMinutes: 10\n", "");
        assertProblem("journey-basics/course.yml:2: The required key \"estimatedMinutes\" is missing.");
    }

    @Test
    void a_pass_mark_out_of_range_is_reported() throws IOException {
        replace("course.yml", "passMark: 100", "passMark: 120");
        assertProblem("journey-basics/course.yml:15: \"passMark\" is 120; it must be between 1 and 100.");
    }

    @Test
    void a_lesson_file_that_does_not_exist_is_reported() throws IOException {
        replace("course.yml", "lessons/02-check-yourself.md", "lessons/02-missing.md");
        assertProblem("journey-basics/course.yml:22: The file \"lessons/02-missing.md\" does not exist in the "
                + "course folder.");
    }

    @Test
    void a_lesson_file_outside_the_course_folder_is_refused() throws IOException {
        replace("course.yml", "lessons/02-check-yourself.md", "../../etc/passwd.md");
        assertProblem("journey-basics/course.yml:22: \"../../etc/passwd.md\" points outside the course folder.");
    }

    @Test
    void lesson_ids_must_be_unique() throws IOException {
        replace("course.yml", "id: check-yourself", "id: your-own-voice");
        assertProblem("journey-basics/course.yml:21: The lesson id \"your-own-voice\" is used twice; lesson ids "
                + "must be unique in a course.");
    }

    @Test
    void a_missing_translation_is_reported() throws IOException {
        Files.delete(course.resolve("lessons/02-check-yourself.da.md"));
        assertProblem("journey-basics/course.yml:22: The translation \"journey-basics/lessons/02-check-yourself.da.md\""
                + " for language \"da\" is missing.");
    }

    @Test
    void a_translated_quiz_must_keep_the_correct_answers() throws IOException {
        replace("quizzes/check.da.yml", "        text: Et originalt opslag om dit arbejde\n        correct: true",
                "        text: Et originalt opslag om dit arbejde\n        correct: false");
        List<String> problems = english();
        assertThat(problems).contains("journey-basics/quizzes/check.da.yml:4: Question \"what-counts\" must have "
                + "exactly one correct option, it has 0.");
    }

    @Test
    void a_translated_quiz_with_other_question_ids_is_reported() throws IOException {
        replace("quizzes/check.da.yml", "id: good-habits", "id: good-habit");
        assertProblem("journey-basics/quizzes/check.da.yml:1: The da quiz must have the same questions (ids and "
                + "types), the same number of options per question and the correct options in the same positions as "
                + "the original; option wording and ids may differ.");
    }

    @Test
    void a_translated_quiz_may_word_and_name_its_options_its_own_way() throws IOException {
        replace("quizzes/check.da.yml", "      - id: b\n        text: En deling af et firmaopslag uden kommentar",
                "      - id: reklame\n        text: \"#reklame uden et eget ord\"");
        assertThat(english()).isEmpty();
        CourseDefinition.QuizDefinition danish = read().courses().getFirst().lessons().get(1)
                .quiz(java.util.Locale.forLanguageTag("da")).orElseThrow();
        assertThat(danish.questions().getFirst().options()).extracting(CourseDefinition.OptionDefinition::id)
                .containsExactly("a", "reklame");
    }

    @Test
    void a_translated_quiz_with_the_correct_option_moved_is_reported() throws IOException {
        replace("quizzes/check.da.yml", """
                      - id: a
                        text: Et originalt opslag om dit arbejde
                        correct: true
                        explanation: Dine egne ord om arbejde, du kender.
                      - id: b
                        text: En deling af et firmaopslag uden kommentar
                        explanation: En deling uden et eneste eget ord siger intet om dig.
                """, """
                      - id: b
                        text: En deling af et firmaopslag uden kommentar
                        explanation: En deling uden et eneste eget ord siger intet om dig.
                      - id: a
                        text: Et originalt opslag om dit arbejde
                        correct: true
                        explanation: Dine egne ord om arbejde, du kender.
                """);
        assertThat(english()).anyMatch(problem -> problem.startsWith("journey-basics/quizzes/check.da.yml:1: The da "
                + "quiz must have the same questions (ids and types)"));
    }

    @Test
    void an_unknown_variable_is_reported_with_its_file_and_line() throws IOException {
        replace("lessons/01-your-own-voice.md", "People trust **people**.",
                "People trust **people** at {{company}}, more than {{compnay}} ads.");
        replace("quizzes/check.yml", "prompt: What do you do?", "prompt: What do you do as {{hashtag-employee}}?");
        List<String> problems = english();
        assertThat(problems).anyMatch(problem -> problem.startsWith("journey-basics/lessons/01-your-own-voice.md:18: "
                + "Unknown variable \"{{compnay}}\"; known variables close to it: company"));
        assertThat(problems).anyMatch(problem -> problem.startsWith(
                "journey-basics/quizzes/check.yml:") && problem.contains("Unknown variable \"{{hashtag-employee}}\""));
        assertThat(problems).noneMatch(problem -> problem.contains("{{company}}\""));
    }

    @Test
    void variables_are_filled_with_the_configured_values_in_each_language() throws IOException {
        replace("lessons/01-your-own-voice.md", "People trust **people**.",
                "At {{company}}, a post needs {{own-post-words}} words; a commented reshare weighs "
                        + "{{commented-reshare-weight}}.");
        replace("lessons/01-your-own-voice.da.md", "## ", "Hos {{company}} vejer en kommenteret deling "
                + "{{commented-reshare-weight}}.\n\n## ");
        replace("quizzes/check.yml", "text: Posting steadily over weeks", "text: Posting {{own-post-words}} words");
        CourseDefinition course = new CourseFolderReader(TestContent.variables()).readAll(List.of(root)).courses()
                .getFirst();
        assertThat(course.lessons().getFirst().texts().get(java.util.Locale.ENGLISH).markdown())
                .contains("At Podium Demo A/S, a post needs 30 words; a commented reshare weighs 0.7.");
        assertThat(course.lessons().getFirst().texts().get(java.util.Locale.forLanguageTag("da")).markdown())
                .contains("Hos Podium Demo A/S vejer en kommenteret deling 0,7.");
        assertThat(course.lessons().get(1).quiz(java.util.Locale.ENGLISH).orElseThrow().questions().get(1).options())
                .extracting(CourseDefinition.OptionDefinition::text).contains("Posting 30 words");
    }

    @Test
    void options_that_read_alike_once_filled_are_reported() throws IOException {
        replace("quizzes/check.yml", "text: Posting steadily over weeks", "text: \"{{own-post-words}} words\"");
        replace("quizzes/check.yml", "text: Replying to comments on your posts",
                "text: \"{{deep-comment-words}} words\"");
        var activity = dev.podium.activity.ActivityProperties.defaults();
        var same = new dev.podium.activity.ActivityProperties(activity.windowWeeks(),
                new dev.podium.activity.ActivityProperties.Classify(25, 15, 12, 25, 1.0, 1.5, 0.7, 0.2, 0.0, 0.2),
                activity.originality(), activity.consistency(), activity.engagement(), activity.focus(),
                activity.bands(), activity.limits(), List.of(), activity.conversation(), activity.analytics());
        assertThat(new CourseFolderReader(TestContent.variables()).readAll(List.of(root)).problems()).isEmpty();
        assertThat(new CourseFolderReader(TestContent.variables(same)).readAll(List.of(root)).problems())
                .extracting(ContentProblem::english).anyMatch(problem -> problem.contains(
                        "Question \"good-habits\" has two options that read \"25 words\""));
    }

    @Test
    void a_submission_task_may_ask_for_a_length_in_characters_or_words() throws IOException {
        replace("lessons/01-your-own-voice.md", "    completion: submission\n",
                "    completion: submission\n    length: {min: 20, max: 60, unit: words}\n");
        replace("lessons/01-your-own-voice.da.md", "    completion: submission\n",
                "    completion: submission\n    length: {min: 20, max: 60, unit: words}\n");
        PracticeTask task = read().courses().getFirst().lessons().getFirst().texts().get(java.util.Locale.ENGLISH)
                .practice().getFirst();
        assertThat(task.length()).isEqualTo(new SubmissionLength(20, 60, SubmissionLength.Unit.WORDS));
        assertThat(task.length().measure("Three short words")).isEqualTo(3);
        assertThat(new SubmissionLength(3, null, SubmissionLength.Unit.CHARACTERS).measure(" a👍b ")).isEqualTo(3);
    }

    @Test
    void a_length_bound_may_be_a_configured_threshold() throws IOException {
        for (String file : List.of("lessons/01-your-own-voice.md", "lessons/01-your-own-voice.da.md")) {
            replace(file, "    completion: submission\n", "    completion: submission\n"
                    + "    length: {min: \"{{audit-about-long-chars}}\", max: 2600}\n");
        }
        assertThat(english()).as("names only, as the command-line validator reads").isEmpty();
        PracticeTask task = new CourseFolderReader(TestContent.variables()).readAll(List.of(root)).courses()
                .getFirst().lessons().getFirst().texts().get(java.util.Locale.ENGLISH).practice().getFirst();
        assertThat(task.length()).isEqualTo(new SubmissionLength(1200, 2600, SubmissionLength.Unit.CHARACTERS));
        replace("lessons/01-your-own-voice.md", "{{audit-about-long-chars}}", "{{company}}");
        assertThat(new CourseFolderReader(TestContent.variables()).readAll(List.of(root)).problems())
                .extracting(ContentProblem::english).contains("journey-basics/lessons/01-your-own-voice.md:9: The "
                        + "variable \"{{company}}\" is not a number from 1 to 10,000 and cannot bound a length.");
    }

    @Test
    void a_length_rule_that_cannot_hold_is_reported() throws IOException {
        replace("lessons/01-your-own-voice.md", "    completion: submission\n",
                "    completion: submission\n    length: {min: 600, max: 60, unit: lines}\n");
        replace("lessons/01-your-own-voice.md", "    evidence: original-post\n",
                "    evidence: original-post\n    length: {min: 10}\n");
        List<String> problems = english();
        assertThat(problems).contains("journey-basics/lessons/01-your-own-voice.md:9: Unknown length unit \"lines\"; "
                + "use characters or words.");
        assertThat(problems).contains("journey-basics/lessons/01-your-own-voice.md:16: Only submission tasks can have "
                + "a length; evidence decides the others.");
        replace("lessons/01-your-own-voice.md", "unit: lines", "unit: words");
        assertThat(english()).contains("journey-basics/lessons/01-your-own-voice.md:9: The minimum length 600 is "
                + "larger than the maximum 60.");
    }

    @Test
    void a_translation_with_another_length_rule_is_reported() throws IOException {
        replace("lessons/01-your-own-voice.md", "    completion: submission\n",
                "    completion: submission\n    length: {min: 20, unit: words}\n");
        assertProblem("journey-basics/lessons/01-your-own-voice.da.md:1: The da lesson must have the same practice "
                + "tasks (ids, completion, evidence, required) as the original.");
    }

    @Test
    void translated_practice_tasks_must_match() throws IOException {
        replace("lessons/01-your-own-voice.da.md", "    required: true", "    required: false");
        assertProblem("journey-basics/lessons/01-your-own-voice.da.md:1: The da lesson must have the same practice "
                + "tasks (ids, completion, evidence, required) as the original.");
    }

    @Test
    void every_quiz_needs_a_correct_answer() throws IOException {
        replace("quizzes/check.yml", "        text: Posting steadily over weeks\n        correct: true",
                "        text: Posting steadily over weeks");
        replace("quizzes/check.yml", "        text: Replying to comments on your posts\n        correct: true",
                "        text: Replying to comments on your posts");
        assertProblem("journey-basics/quizzes/check.yml:15: Question \"good-habits\" has no correct option.");
    }

    @Test
    void a_single_choice_question_has_exactly_one_correct_option() throws IOException {
        replace("quizzes/check.yml", "        text: A bare reshare of a company post",
                "        text: A bare reshare of a company post\n        correct: true");
        assertProblem("journey-basics/quizzes/check.yml:4: Question \"what-counts\" must have exactly one correct "
                + "option, it has 2.");
    }

    @Test
    void every_scenario_option_explains_itself() throws IOException {
        replace("quizzes/check.yml", "        explanation: A like says nothing of you and discloses nothing.\n", "");
        assertProblem("journey-basics/quizzes/check.yml:36: The required key \"explanation\" is missing.");
    }

    @Test
    void a_question_needs_two_options() throws IOException {
        replace("quizzes/check.yml", """
                      - id: b
                        text: A bare reshare of a company post
                        explanation: A reshare without a word of your own adds nothing of you.
                """, "");
        assertProblem("journey-basics/quizzes/check.yml:8: A question needs 2 to 8 options, this one has 1.");
    }

    @Test
    void duplicate_question_ids_are_reported() throws IOException {
        replace("quizzes/check.yml", "id: supplier", "id: what-counts");
        assertProblem("journey-basics/quizzes/check.yml:27: The question id \"what-counts\" is used twice in this "
                + "quiz.");
    }

    @Test
    void an_unknown_evidence_id_is_reported_with_the_known_ones() throws IOException {
        replace("lessons/01-your-own-voice.md", "evidence: original-post", "evidence: many-likes");
        assertProblem("journey-basics/lessons/01-your-own-voice.md:14: Unknown evidence \"many-likes\" for completion "
                + "\"activity\"; use one of: original-post, substantive-comments, voice-topics, consistent-weeks.");
    }

    @Test
    void a_lesson_without_front_matter_is_reported() throws IOException {
        Files.writeString(course.resolve("lessons/02-check-yourself.md"), "## Just text\n");
        assertProblem("journey-basics/lessons/02-check-yourself.md:1: A lesson must start with front matter: a line "
                + "\"---\", the title and minutes, and another \"---\".");
    }

    @Test
    void a_script_element_in_a_lesson_is_an_error_with_its_line() throws IOException {
        append("lessons/02-check-yourself.md", "\nHello <script>alert('x')</script>\n");
        assertProblem("journey-basics/lessons/02-check-yourself.md:9: A <script> element is not allowed.");
    }

    @Test
    void an_event_attribute_in_raw_html_is_an_error() throws IOException {
        append("lessons/02-check-yourself.md", "\n<img src=x onerror=alert(1)>\n");
        assertProblem("journey-basics/lessons/02-check-yourself.md:9: Raw HTML with an event attribute (such as "
                + "onerror=) is not allowed.");
    }

    @Test
    void any_other_raw_html_is_an_error_too() throws IOException {
        append("lessons/02-check-yourself.md", "\n<div>boxed</div>\n");
        assertProblem("journey-basics/lessons/02-check-yourself.md:9: Raw HTML is not allowed: "
                + "\"<div>boxed</div>\". Write Markdown instead.");
    }

    @Test
    void javascript_links_are_errors_however_they_are_disguised() throws IOException {
        append("lessons/02-check-yourself.md", "\n[a](javascript:alert(1)) and [b](JaVaScRiPt:alert(2))\n");
        assertThat(english()).contains(
                "journey-basics/lessons/02-check-yourself.md:9: The link \"javascript:alert(1)\" is not allowed; use "
                        + "http, https, mailto or a relative link.",
                "journey-basics/lessons/02-check-yourself.md:9: The link \"JaVaScRiPt:alert(2)\" is not allowed; use "
                        + "http, https, mailto or a relative link.");
    }

    @Test
    void a_missing_image_is_reported() throws IOException {
        replace("lessons/01-your-own-voice.md", "../images/bubbles.svg", "../images/missing.png");
        assertProblem("journey-basics/lessons/01-your-own-voice.md:25: The image \"../images/missing.png\" does not "
                + "exist in the folder of the text.");
    }

    @Test
    void an_svg_with_script_is_refused() throws IOException {
        replace("images/bubbles.svg", "<title>", "<script>alert(1)</script><title>");
        assertThat(english()).contains("journey-basics/lessons/01-your-own-voice.md:25: The SVG image "
                + "\"../images/bubbles.svg\" contains script, event attributes or external content.");
    }

    @Test
    void text_that_is_not_utf8_is_reported() throws IOException {
        Files.write(course.resolve("lessons/02-check-yourself.md"),
                "---\ntitle: Caf\u00e9\nminutes: 2\n---\ntext\n".getBytes(StandardCharsets.ISO_8859_1));
        assertProblem("journey-basics/lessons/02-check-yourself.md:0: The file is not valid UTF-8 text.");
    }

    @Test
    void a_course_with_any_problem_is_not_published_but_others_are() throws IOException {
        Path second = root.resolve("second-course");
        Files.createDirectories(second);
        Files.writeString(second.resolve("course.yml"), "id: second-course\n");
        CourseFolderReader.Result result = read();
        assertThat(result.courses()).extracting(c -> c.id().value()).containsExactly("journey-basics");
        assertThat(result.problemsPerCourse()).containsEntry("second-course", 6).containsEntry("journey-basics", 0);
    }

    @Test
    void the_command_line_validator_prints_file_line_message_and_exits_non_zero() throws IOException {
        append("lessons/02-check-yourself.md", "\n<script>x</script>\n");
        var out = new java.io.ByteArrayOutputStream();
        var err = new java.io.ByteArrayOutputStream();
        int exit = CourseValidatorCommand.run(List.of(root.toString()), new java.io.PrintStream(out, true),
                new java.io.PrintStream(err, true));
        assertThat(exit).isEqualTo(1);
        assertThat(err.toString()).contains("journey-basics/lessons/02-check-yourself.md:9: A <script> element is "
                + "not allowed.");
        assertThat(out.toString()).contains("0 course(s) valid, 1 problem(s)");
        assertThat(CourseValidatorCommand.run(List.of(FIXTURE.getParent().resolve("journey-basics").getParent()
                .toString()), new java.io.PrintStream(new java.io.ByteArrayOutputStream()),
                new java.io.PrintStream(new java.io.ByteArrayOutputStream()))).as("the fixtures hold a broken course")
                .isEqualTo(1);
    }

    private CourseFolderReader.Result read() {
        return new CourseFolderReader().readAll(List.of(root));
    }

    private List<String> english() {
        return read().problems().stream().map(ContentProblem::english).toList();
    }

    private void assertProblem(String expected) {
        assertThat(english()).contains(expected);
    }

    private void replace(String file, String from, String to) throws IOException {
        Path path = course.resolve(file);
        String text = Files.readString(path);
        assertThat(text).as("fixture %s contains the text to replace", file).contains(from);
        Files.writeString(path, text.replace(from, to));
    }

    private void append(String file, String text) throws IOException {
        Files.writeString(course.resolve(file), text, java.nio.file.StandardOpenOption.APPEND);
    }
}
