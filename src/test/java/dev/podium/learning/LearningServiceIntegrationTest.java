package dev.podium.learning;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.podium.AsHr;
import dev.podium.MutableClock;
import dev.podium.PodiumSpringTest;
import dev.podium.SignIn;
import dev.podium.course.CourseService;
import dev.podium.course.PracticeEvidence;
import dev.podium.course.TaskCompletion;
import dev.podium.people.EmployeeDraft;
import dev.podium.people.EmployeeService;
import dev.podium.shared.Role;
import dev.podium.shared.SystemUser;
import dev.podium.shared.CourseId;
import dev.podium.shared.EmployeeId;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.EnumSet;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ThreadLocalRandom;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;

/** A learner's steps against the real database and the course files, with the events each step publishes. */
@PodiumSpringTest
@RecordApplicationEvents
class LearningServiceIntegrationTest {

    private static final CourseId BASICS = CourseId.of("journey-basics");
    private static final Locale EN = Locale.ENGLISH;
    private static final Path LIVE = Path.of("target/test-classes/live-courses");
    private static final Map<String, Set<String>> WRONG = Map.of("what-counts", Set.of("b"),
            "good-habits", Set.of("a", "b"), "supplier", Set.of("a"));
    private static final Map<String, Set<String>> RIGHT = Map.of("what-counts", Set.of("a"),
            "good-habits", Set.of("a", "b"), "supplier", Set.of("a"));

    @Autowired
    LearningService learning;
    @Autowired
    CourseService courses;
    @Autowired
    EmployeeService employees;
    @Autowired
    UserDetailsService users;
    @Autowired
    MutableClock clock;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    ApplicationEvents events;

    EmployeeId learner;

    @BeforeEach
    void signInAsANewLearner() {
        String email = "learner." + ThreadLocalRandom.current().nextInt(1_000_000_000) + "@learning.podium.test";
        learner = AsHr.call(() -> employees.register(new EmployeeDraft("Lea", "Learner", email, null, null,
                "DK", null, EnumSet.of(Role.EMPLOYEE), EN)));
        SignIn.as(users, email);
    }

    @AfterEach
    void signOut() {
        SignIn.out();
        clock.reset();
    }

    @Test
    void enrolling_starts_at_the_first_lesson_and_enrolling_again_changes_nothing() {
        CourseProgress progress = learning.enrol(BASICS, EN);
        assertThat(progress.percent()).isZero();
        assertThat(progress.totalUnits()).as("2 lessons + 1 quiz + 1 required task").isEqualTo(4);
        assertThat(progress.next()).isEqualTo(new NextStep("your-own-voice", NextStep.Kind.READ_LESSON));
        assertThat(learning.enrol(BASICS, EN).enrolledAt())
                .isEqualTo(progress.enrolledAt().truncatedTo(java.time.temporal.ChronoUnit.MICROS));
        assertThat(learning.myLearning(EN)).extracting(CourseProgress::courseId).containsExactly(BASICS);
    }

    @Test
    void a_learner_reads_fails_then_passes_the_quiz_submits_the_task_and_completes_the_course() {
        learning.enrol(BASICS, EN);
        learning.completeLesson(BASICS, "your-own-voice", EN);
        learning.completeLesson(BASICS, "your-own-voice", EN);
        assertThat(events.stream(LessonCompleted.class).filter(e -> e.employee().equals(learner))).hasSize(1);

        QuizOutcome failed = learning.submitQuiz(BASICS, "check-yourself", WRONG, EN);
        assertThat(failed.score().percent()).isEqualTo(66);
        assertThat(failed.score().passed()).isFalse();
        assertThat(failed.status().attemptsLeft()).isEqualTo(2);
        assertThat(failed.score().questions().getFirst().explanations()).containsKey("b");

        QuizOutcome passed = learning.submitQuiz(BASICS, "check-yourself", RIGHT, EN);
        assertThat(passed.score().passed()).isTrue();
        assertThat(passed.status().passed()).isTrue();
        assertThat(events.stream(QuizPassed.class).filter(e -> e.employee().equals(learner)))
                .singleElement().extracting(QuizPassed::percent).isEqualTo(100);
        assertThatThrownBy(() -> learning.submitQuiz(BASICS, "check-yourself", RIGHT, EN))
                .isInstanceOf(LearningRuleViolation.class).hasMessage("learning.rule.quiz-already-passed");

        learning.completeLesson(BASICS, "check-yourself", EN);
        assertThat(learning.progress(BASICS, EN).orElseThrow().completed())
                .as("the required practice task is still open").isFalse();
        assertThatThrownBy(() -> learning.submitPractice(BASICS, "write-your-why", "   ", EN))
                .isInstanceOf(LearningRuleViolation.class).hasMessage("learning.rule.submission-empty");
        CourseProgress done = learning.submitPractice(BASICS, "write-your-why", "I share to learn in public.", EN);

        assertThat(done.completed()).isTrue();
        assertThat(done.percent()).isEqualTo(100);
        assertThat(done.tasks().get("write-your-why").submission()).isEqualTo("I share to learn in public.");
        assertThat(events.stream(PracticeTaskCompleted.class).filter(e -> e.employee().equals(learner)))
                .singleElement().extracting(PracticeTaskCompleted::completedBy).isEqualTo(TaskCompletion.SUBMISSION);
        assertThat(events.stream(CourseCompleted.class).filter(e -> e.employee().equals(learner)))
                .singleElement().satisfies(completed -> {
                    assertThat(completed.certificate()).isTrue();
                    assertThat(completed.versionLabel()).isEqualTo("test-1");
                    assertThat(completed.averageQuizPercent()).isEqualTo(100);
                });
        // revising the portfolio text keeps the course completed and publishes nothing new
        learning.submitPractice(BASICS, "write-your-why", "I share to learn, and to help others learn.", EN);
        assertThat(learning.myPortfolio(EN)).singleElement().satisfies(entry -> {
            assertThat(entry.taskTitle()).isEqualTo("Write your why");
            assertThat(entry.submission()).isEqualTo("I share to learn, and to help others learn.");
            assertThat(entry.lessonId()).isEqualTo("your-own-voice");
        });
        assertThat(events.stream(CourseCompleted.class).filter(e -> e.employee().equals(learner))).hasSize(1);
    }

    @Test
    void two_tabs_marking_lessons_at_the_same_moment_both_count() throws Exception {
        learning.enrol(BASICS, EN);
        String email = jdbc.sql("select email from employee where id = ?").param(learner.value())
                .query(String.class).single();
        java.util.concurrent.CyclicBarrier together = new java.util.concurrent.CyclicBarrier(2);
        java.util.concurrent.ExecutorService tabs = java.util.concurrent.Executors.newFixedThreadPool(2);
        try {
            java.util.List<java.util.concurrent.Future<CourseProgress>> marked = new java.util.ArrayList<>();
            for (String lesson : java.util.List.of("your-own-voice", "check-yourself")) {
                marked.add(tabs.submit(() -> SignIn.call(users, email, () -> {
                    await(together);
                    return learning.completeLesson(BASICS, lesson, EN);
                })));
            }
            for (var tab : marked) {
                tab.get(60, java.util.concurrent.TimeUnit.SECONDS);
            }
        } finally {
            tabs.shutdownNow();
        }
        assertThat(learning.myLearning(EN)).singleElement().satisfies(progress -> assertThat(
                progress.completedLessons()).containsExactlyInAnyOrder("your-own-voice", "check-yourself"));
    }

    private static void await(java.util.concurrent.CyclicBarrier barrier) {
        try {
            barrier.await(30, java.util.concurrent.TimeUnit.SECONDS);
        } catch (Exception interrupted) {
            throw new IllegalStateException(interrupted);
        }
    }

    @Test
    void a_quiz_refuses_attempts_beyond_its_limit() {
        learning.enrol(BASICS, EN);
        for (int i = 0; i < 3; i++) {
            learning.submitQuiz(BASICS, "check-yourself", WRONG, EN);
        }
        assertThatThrownBy(() -> learning.submitQuiz(BASICS, "check-yourself", RIGHT, EN))
                .isInstanceOf(LearningRuleViolation.class).hasMessage("learning.rule.no-attempts-left");
    }

    @Test
    void an_incomplete_answer_sheet_is_refused_without_using_an_attempt() {
        learning.enrol(BASICS, EN);
        assertThatThrownBy(() -> learning.submitQuiz(BASICS, "check-yourself", Map.of("what-counts", Set.of("a")), EN))
                .isInstanceOf(LearningRuleViolation.class).hasMessage("learning.rule.answer-every-question");
        assertThat(learning.progress(BASICS, EN).orElseThrow().quizzes().get("check-yourself").attempts()).isZero();
    }

    @Test
    void nothing_is_recorded_for_someone_not_enrolled() {
        assertThatThrownBy(() -> learning.completeLesson(BASICS, "your-own-voice", EN))
                .isInstanceOf(LearningRuleViolation.class).hasMessage("learning.rule.not-enrolled");
        assertThatThrownBy(() -> learning.submitQuiz(BASICS, "check-yourself", RIGHT, EN))
                .isInstanceOf(LearningRuleViolation.class).hasMessage("learning.rule.not-enrolled");
        assertThat(learning.progress(BASICS, EN)).isEmpty();
    }

    @Test
    void evidence_from_another_module_completes_matching_tasks_once() {
        learning.enrol(BASICS, EN);
        assertThat(SystemUser.call(() -> learning.recordEvidence(learner, PracticeEvidence.ORIGINAL_POST))).isOne();
        assertThat(SystemUser.call(() -> learning.recordEvidence(learner, PracticeEvidence.ORIGINAL_POST))).isZero();
        TaskState task = learning.progress(BASICS, EN).orElseThrow().tasks().get("first-post");
        assertThat(task.completed()).isTrue();
        assertThat(task.completedBy()).isEqualTo(TaskCompletion.ACTIVITY);
        assertThatThrownBy(() -> learning.submitPractice(BASICS, "first-post", "I posted", EN))
                .isInstanceOf(LearningRuleViolation.class).hasMessage("learning.rule.task-by-evidence");
    }

    @Test
    void a_course_open_only_to_hr_assignment_refuses_self_enrolment() throws IOException {
        String id = "assigned-" + suffix();
        writeCourse(id, "1", false, 0, "first", "second");
        reload();
        assertThatThrownBy(() -> learning.enrol(CourseId.of(id), EN))
                .isInstanceOf(LearningRuleViolation.class).hasMessage("learning.rule.no-self-enrolment");
    }

    @Test
    void a_quiz_with_a_waiting_time_opens_again_only_after_it() throws IOException {
        String id = "waiting-" + suffix();
        writeCourse(id, "1", true, 30, "first", "second");
        reload();
        CourseId course = CourseId.of(id);
        learning.enrol(course, EN);
        java.time.Instant before = clock.instant();
        QuizOutcome first = learning.submitQuiz(course, "first", Map.of("q", Set.of("b")), EN);
        assertThat(first.status().nextAttemptAt()).isBetween(before.plus(Duration.ofMinutes(30)),
                clock.instant().plus(Duration.ofMinutes(30)));
        assertThatThrownBy(() -> learning.submitQuiz(course, "first", Map.of("q", Set.of("a")), EN))
                .isInstanceOf(LearningRuleViolation.class).hasMessage("learning.rule.retry-later");
        clock.advance(Duration.ofMinutes(31));
        assertThat(learning.submitQuiz(course, "first", Map.of("q", Set.of("a")), EN).score().passed()).isTrue();
    }

    @Test
    void editing_a_course_keeps_progress_records_new_versions_and_shows_removed_lessons() throws IOException {
        String id = "edited-" + suffix();
        CourseId course = CourseId.of(id);
        writeCourse(id, "1", true, 0, "intro", "middle", "end");
        reload();
        learning.enrol(course, EN);
        learning.completeLesson(course, "intro", EN);
        learning.completeLesson(course, "middle", EN);
        String firstHash = courses.outline(course, EN).orElseThrow().contentHash();

        // version 2: the middle lesson is gone, a new one arrives, the intro's text changes
        deleteRecursively(LIVE.resolve(id));
        writeCourse(id, "2", true, 0, "intro", "practice", "end");
        reload();

        var outline = courses.outline(course, EN).orElseThrow();
        assertThat(outline.contentHash()).isNotEqualTo(firstHash);
        assertThat(outline.removedLessonIds()).containsExactly("middle");
        CourseProgress progress = learning.progress(course, EN).orElseThrow();
        assertThat(progress.completedLessons()).containsExactly("intro");
        assertThat(progress.removedLessonsWithProgress()).containsExactly("middle");
        assertThat(progress.next()).isEqualTo(new NextStep("intro", NextStep.Kind.TAKE_QUIZ));
        assertThat(jdbc.sql("SELECT version_label FROM course_version WHERE course_id = :id ORDER BY id")
                .param("id", id).query(String.class).list()).containsExactly("1", "2");
        // reading the same files again records nothing new
        reload();
        assertThat(jdbc.sql("SELECT COUNT(*) FROM course_version WHERE course_id = :id").param("id", id)
                .query(Integer.class).single()).isEqualTo(2);
    }

    private void reload() {
        AsHr.run(() -> courses.reload(EN));
    }

    /** A one-language course whose first lesson carries a one-question quiz. */
    private static void writeCourse(String id, String version, boolean selfEnrolment, int retryAfterMinutes,
            String... lessons) throws IOException {
        Path folder = LIVE.resolve(id);
        Files.createDirectories(folder.resolve("lessons"));
        StringBuilder yml = new StringBuilder("id: " + id + "\nversion: \"" + version + "\"\nlanguages: [en]\n"
                + "title:\n  en: Edited course\nsummary:\n  en: Changes between versions.\nestimatedMinutes: 5\n"
                + "selfEnrolment: " + selfEnrolment + "\nlessons:\n");
        for (int i = 0; i < lessons.length; i++) {
            String file = "lessons/" + i + "-" + lessons[i] + ".md";
            yml.append("  - id: ").append(lessons[i]).append("\n    file: ").append(file).append('\n');
            if (i == 0) {
                yml.append("    quiz: quiz.yml\n");
            }
            Files.writeString(folder.resolve(file), "---\ntitle: " + lessons[i] + "\nminutes: 1\n---\nText of "
                    + lessons[i] + " in version " + version + ".\n");
        }
        Files.writeString(folder.resolve("course.yml"), yml);
        Files.writeString(folder.resolve("quiz.yml"), "title: Quick check\nretryAfterMinutes: " + retryAfterMinutes
                + "\nquestions:\n  - id: q\n    type: single\n    prompt: Pick a\n    options:\n"
                + "      - id: a\n        text: A\n        correct: true\n      - id: b\n        text: B\n");
    }

    private static void deleteRecursively(Path path) throws IOException {
        try (var walk = Files.walk(path)) {
            for (Path file : walk.sorted(java.util.Comparator.reverseOrder()).toList()) {
                Files.delete(file);
            }
        }
    }

    private static String suffix() {
        return Integer.toString(ThreadLocalRandom.current().nextInt(1_000_000), 36);
    }
}
