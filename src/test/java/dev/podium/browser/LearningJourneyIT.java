package dev.podium.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Locator;
import dev.podium.PodiumSpringTest;
import dev.podium.browser.TestPeople.Person;
import dev.podium.shared.Role;
import dev.podium.shared.Languages;
import java.util.Set;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;

/**
 * An employee finds a course, enrols, reads the lessons, fails and then passes the quiz, submits a practice task
 * and sees the course completed, in the player and in "My learning". The course is the small two-language
 * fixture under src/test/resources/test-courses, so the journey does not depend on the wording of real courses.
 */
@PodiumSpringTest
class LearningJourneyIT {

    @RegisterExtension
    static final Browsers browsers = new Browsers();

    @Autowired
    ApplicationContext context;

    Person person;

    @BeforeEach
    void freshEmployee() {
        person = new TestPeople(context).create("Lena", Set.of(Role.EMPLOYEE), Languages.ENGLISH);
    }

    @Test
    void an_employee_enrols_reads_fails_then_passes_the_quiz_submits_a_task_and_completes_the_course() {
        BrowserSession learner = browsers.open().login(person.email(), person.password());

        // find the course in the catalogue
        learner.open("courses");
        learner.fill("#catalogue-search", "journey");
        Locator card = learner.page().locator("#course-card-journey-basics");
        assertThat(card).containsText("Journey basics");
        assertThat(learner.page().locator("#course-card-social-leadership")).hasCount(0);
        assertThat(card.locator(".course-state")).hasText("Not started");
        card.getByText("Open").click();

        // enrol and start
        assertThat(learner.page().locator("#course-title")).hasText("Journey basics");
        learner.page().locator("#course-enrol").click();
        assertThat(learner.notification("You are enrolled in Journey basics.")).isVisible();
        assertThat(learner.page().locator("#course-progress")).hasText("0% complete");
        learner.page().locator("#course-continue").click();

        // lesson 1: safe Markdown with a table and a course image, a practice task, mark complete
        assertThat(learner.page().locator("#lesson-title")).hasText("Your own voice");
        assertThat(learner.page().locator("#lesson-text table")).isVisible();
        Locator image = learner.page().locator("#lesson-text img");
        assertThat(image).hasAttribute("alt", "Three speech bubbles");
        learner.page().waitForFunction("img => img.complete && img.naturalWidth > 0", image.elementHandle());
        Locator why = learner.page().locator("#task-write-your-why-text textarea");
        why.fill("I share what I learn so others can build on it.");
        why.blur();
        learner.page().locator("#task-write-your-why-submit").click();
        assertThat(learner.notification("Your answer is saved in your portfolio.")).isVisible();
        assertThat(learner.page().locator("#task-write-your-why-status")).containsText("Completed on");
        assertThat(learner.page().locator("#task-first-post-status")).hasText("Not done yet (optional)");
        learner.page().locator("#lesson-complete").click();
        assertThat(learner.page().locator("#lesson-done")).isVisible();
        assertThat(learner.page().locator("#lesson-progress")).hasText("50% of the course done (2 of 4 steps)");
        learner.page().locator("#lesson-next").click();

        // lesson 2: the quiz, failed first (the right answers stay hidden), then passed
        assertThat(learner.page().locator("#lesson-title")).hasText("Check yourself");
        answerQuiz(learner, "A bare reshare of a company post");
        assertThat(learner.page().locator("#quiz-score"))
                .hasText("You scored 66% (pass mark 100%): not passed yet. Read the explanations and try again.");
        assertThat(learner.page().locator("#quiz-feedback-what-counts"))
                .containsText("A reshare without a word of your own adds nothing of you.");
        assertThat(learner.page().locator("#quiz-feedback-what-counts")).not().containsText("correct answer");
        // a reload keeps the failed attempt in sight
        learner.page().reload();
        learner.waitForVaadin();
        assertThat(learner.page().locator("#quiz-earlier-attempts"))
                .hasText("You tried this quiz once: your best score is 66% (pass mark 100%), not passed yet.");
        assertThat(learner.page().locator("#quiz-rules")).containsText("2 of 3 attempts left.");
        answerQuiz(learner, "An original post about your work");
        assertThat(learner.page().locator("#quiz-score")).hasText("You scored 100% (pass mark 100%): passed.");
        assertThat(learner.page().locator("#lesson-progress")).hasText("75% of the course done (3 of 4 steps)");
        learner.page().locator("#lesson-complete").click();

        // the course is complete, in the player and in "My learning"
        assertThat(learner.page().locator("#course-completed")).containsText("You have completed Journey basics.");
        assertThat(learner.page().locator("#lesson-progress")).hasText("100% of the course done (4 of 4 steps)");
        learner.open("learning");
        assertThat(learner.page().locator("#my-course-journey-basics")).containsText("Completed on");
        assertThat(learner.page().locator("#portfolio")).containsText("I share what I learn so others can build on it.");
        learner.open("courses");
        assertThat(learner.page().locator("#course-card-journey-basics .course-state")).hasText("Completed");
    }

    @Test
    void hr_sees_why_a_broken_course_is_held_back_with_file_and_line() {
        Person hr = new TestPeople(context).create("Hanne", Set.of(Role.HR_ADMIN, Role.EMPLOYEE),
                Languages.ENGLISH);
        BrowserSession browser = browsers.open().login(hr.email(), hr.password());
        browser.open("course-library");
        assertThat(browser.page().locator("#course-library-summary")).containsText("held back");
        assertThat(browser.visibleCells("#course-library-published", "Journey basics")).hasCount(1);
        assertThat(browser.visibleCells("#course-library-problems", "broken-course/lessons/01-hostile.md"))
                .not().hasCount(0);
        assertThat(browser.visibleCells("#course-library-problems", "A <script> element is not allowed."))
                .hasCount(1);
        // and learners never see it
        browser.open("courses/broken-course");
        assertThat(browser.page().locator("#course-title")).hasCount(0);
    }

    private static void answerQuiz(BrowserSession learner, String firstAnswer) {
        learner.page().locator("#quiz-q-what-counts vaadin-radio-button").filter(
                new Locator.FilterOptions().setHasText(firstAnswer)).locator("input").check();
        learner.check("#quiz-q-good-habits", "Posting steadily over weeks");
        learner.check("#quiz-q-good-habits", "Replying to comments on your posts");
        learner.page().locator("#quiz-q-supplier vaadin-radio-button").filter(
                new Locator.FilterOptions().setHasText("Comment with your own view")).locator("input").check();
        learner.page().locator("#quiz-submit").click();
    }
}
