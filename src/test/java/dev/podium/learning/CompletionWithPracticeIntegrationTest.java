package dev.podium.learning;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.podium.AsHr;
import dev.podium.MutableClock;
import dev.podium.PodiumSpringTest;
import dev.podium.SignIn;
import dev.podium.certificate.CertificateService;
import dev.podium.certificate.IssuedCertificate;
import dev.podium.course.CourseOutline;
import dev.podium.course.CourseService;
import dev.podium.course.LessonOutline;
import dev.podium.course.QuestionResult;
import dev.podium.people.EmployeeDraft;
import dev.podium.people.EmployeeService;
import dev.podium.policy.PolicyPage;
import dev.podium.policy.PolicyService;
import dev.podium.shared.Role;
import dev.podium.shared.CourseId;
import dev.podium.shared.EmployeeId;
import dev.podium.shared.SystemUser;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ThreadLocalRandom;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;

/**
 * Courses that require their practice: the real guidelines course completes, and issues its certificate, only with
 * the attestation; submissions keep to their length; a completion earned under the old rule stays.
 */
@PodiumSpringTest
@RecordApplicationEvents
class CompletionWithPracticeIntegrationTest {

    private static final CourseId GUIDELINES = CourseId.of("social-media-guidelines");
    private static final Locale EN = Locale.ENGLISH;
    private static final Path LIVE = Path.of("target/test-classes/live-courses");

    @Autowired
    LearningService learning;
    @Autowired
    CourseService courses;
    @Autowired
    PolicyService policies;
    @Autowired
    CertificateService certificates;
    @Autowired
    EmployeeService employees;
    @Autowired
    UserDetailsService users;
    @Autowired
    MutableClock clock;
    @Autowired
    ApplicationEvents events;

    @AfterEach
    void signOut() {
        SignIn.out();
        clock.reset();
    }

    @Test
    void the_guidelines_course_and_its_certificate_wait_for_the_attestation() {
        EmployeeId me = signInAsNewEmployee();
        learning.enrol(GUIDELINES, EN);
        CourseProgress read = readAndPassEverything(GUIDELINES);

        assertThat(read.completed()).as("lessons and quizzes done, attestation open").isFalse();
        assertThat(read.next()).isEqualTo(new NextStep("when-things-go-wrong", NextStep.Kind.DO_TASK));
        assertThat(read.doneUnits()).isEqualTo(read.totalUnits() - 1);
        assertThat(events.stream(CourseCompleted.class).filter(e -> e.employee().equals(me))).isEmpty();
        assertThat(certificates.myCertificates()).isEmpty();

        PolicyPage policy = policies.policy(GUIDELINES.value(), EN).orElseThrow();
        policies.attest(GUIDELINES.value(), policy.version(), policy.textSha256(), EN);

        CourseProgress done = learning.progress(GUIDELINES, EN).orElseThrow();
        assertThat(done.completed()).isTrue();
        assertThat(events.stream(CourseCompleted.class).filter(e -> e.employee().equals(me))).singleElement()
                .extracting(CourseCompleted::certificate).isEqualTo(true);
        assertThat(certificates.myCertificates()).extracting(IssuedCertificate::achievementId)
                .containsExactly(GUIDELINES.value());
        assertThat(SystemUser.call(() -> learning.completionOf(me, GUIDELINES))).get()
                .extracting(CourseCompletion::completionRule).isEqualTo("lessons-quizzes-and-tasks");
        // the completion carries the person's quiz average: HR must not read it for one person
        assertThatThrownBy(() -> AsHr.call(() -> learning.completionOf(me, GUIDELINES)))
                .isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void a_completion_under_the_old_rule_stays_and_new_learners_need_the_tasks_within_their_length()
            throws IOException {
        String id = "stricter-" + Integer.toString(ThreadLocalRandom.current().nextInt(1_000_000), 36);
        CourseId course = CourseId.of(id);
        writeCourse(id, "1", "lessons-and-quizzes");
        reload();
        EmployeeId early = signInAsNewEmployee();
        learning.enrol(course, EN);
        assertThat(readAndPassEverything(course).completed()).as("the task does not count yet").isTrue();

        writeCourse(id, "2", "lessons-quizzes-and-tasks");
        reload();

        assertThat(learning.progress(course, EN).orElseThrow().completed()).as("kept under the new rule").isTrue();
        assertThat(SystemUser.call(() -> learning.completionOf(early, course))).get()
                .extracting(CourseCompletion::completionRule).isEqualTo("lessons-and-quizzes");

        EmployeeId late = signInAsNewEmployee();
        learning.enrol(course, EN);
        CourseProgress read = readAndPassEverything(course);
        assertThat(read.completed()).isFalse();
        assertThat(read.next()).isEqualTo(new NextStep("only", NextStep.Kind.DO_TASK));
        assertThatThrownBy(() -> learning.submitPractice(course, "headline", "Too short", EN))
                .isInstanceOfSatisfying(LearningRuleViolation.class, refused -> {
                    assertThat(refused.messageKey()).isEqualTo("learning.rule.submission-too-short-characters");
                    assertThat(refused.arguments()).containsExactly(9, 20);
                });
        assertThatThrownBy(() -> learning.submitPractice(course, "headline", "x".repeat(41), EN))
                .isInstanceOfSatisfying(LearningRuleViolation.class, refused -> {
                    assertThat(refused.messageKey()).isEqualTo("learning.rule.submission-too-long-characters");
                    assertThat(refused.arguments()).containsExactly(41, 40);
                });
        CourseProgress done = learning.submitPractice(course, "headline", "Data privacy for small banks", EN);
        assertThat(done.completed()).isTrue();
        assertThat(SystemUser.call(() -> learning.completionOf(late, course))).get()
                .extracting(CourseCompletion::completionRule).isEqualTo("lessons-quizzes-and-tasks");
    }

    /** Marks every lesson complete and passes every quiz with the answers the scorer reports as right. */
    private CourseProgress readAndPassEverything(CourseId course) {
        CourseOutline outline = courses.outline(course, EN).orElseThrow();
        for (LessonOutline lesson : outline.lessons()) {
            learning.completeLesson(course, lesson.id(), EN);
            if (lesson.hasQuiz()) {
                Map<String, Set<String>> right = new LinkedHashMap<>();
                for (QuestionResult question : courses.score(course, lesson.id(), Map.of(), EN).questions()) {
                    right.put(question.questionId(), question.correctOptions());
                }
                assertThat(learning.submitQuiz(course, lesson.id(), right, EN).score().passed()).isTrue();
            }
        }
        return learning.progress(course, EN).orElseThrow();
    }

    private EmployeeId signInAsNewEmployee() {
        String email = "practice." + ThreadLocalRandom.current().nextInt(1_000_000_000) + "@learning.podium.test";
        EmployeeId id = AsHr.call(() -> employees.register(new EmployeeDraft("Pia", "Practice", email, null,
                null, "DK", null, EnumSet.of(Role.EMPLOYEE), EN)));
        SignIn.as(users, email);
        return id;
    }

    private void reload() {
        AsHr.run(() -> courses.reload(EN));
    }

    /** One lesson with a quiz and a required headline draft of 20–40 characters. */
    private static void writeCourse(String id, String version, String completion) throws IOException {
        Path folder = LIVE.resolve(id);
        Files.createDirectories(folder.resolve("lessons"));
        Files.writeString(folder.resolve("course.yml"), "id: " + id + "\nversion: \"" + version + "\"\n"
                + "languages: [en]\ntitle:\n  en: Stricter course\nsummary:\n  en: Practice starts to count.\n"
                + "estimatedMinutes: 5\ncertificate: true\ncompletion: " + completion + "\nlessons:\n"
                + "  - id: only\n    file: lessons/only.md\n    quiz: quiz.yml\n");
        Files.writeString(folder.resolve("lessons/only.md"), """
                ---
                title: Only lesson
                minutes: 1
                practice:
                  - id: headline
                    title: Draft your headline
                    instructions: Write a headline for {{company}}.
                    completion: submission
                    required: true
                    length: {min: 20, max: 40, unit: characters}
                ---
                Text of version %s.
                """.formatted(version));
        Files.writeString(folder.resolve("quiz.yml"), "title: Quick check\nquestions:\n  - id: q\n    type: single\n"
                + "    prompt: Pick a\n    options:\n      - id: a\n        text: A\n        correct: true\n"
                + "      - id: b\n        text: B\n");
    }
}
