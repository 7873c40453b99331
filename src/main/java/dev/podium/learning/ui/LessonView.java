package dev.podium.learning.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.Html;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.card.Card;
import com.vaadin.flow.component.checkbox.CheckboxGroup;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Nav;
import com.vaadin.flow.component.html.OrderedList;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.progressbar.ProgressBar;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.router.Route;
import dev.podium.course.CompletionRule;
import dev.podium.course.CourseOutline;
import dev.podium.course.CourseService;
import dev.podium.course.LessonOutline;
import dev.podium.course.LessonPage;
import dev.podium.course.OptionSheet;
import dev.podium.course.PracticeTask;
import dev.podium.course.QuestionResult;
import dev.podium.course.QuestionSheet;
import dev.podium.course.QuizSheet;
import dev.podium.course.SubmissionLength;
import dev.podium.course.TaskCompletion;
import dev.podium.learning.CourseProgress;
import dev.podium.learning.LearningRuleViolation;
import dev.podium.learning.LearningService;
import dev.podium.learning.QuizOutcome;
import dev.podium.learning.QuizStatus;
import dev.podium.learning.TaskState;
import dev.podium.shared.Roles;
import dev.podium.shared.CourseId;
import jakarta.annotation.security.RolesAllowed;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Supplier;

/**
 * The course player: the lesson's text, its practice tasks and quiz, "mark complete", the course's lessons to move
 * between and the progress bar, all updated at once after each step.
 */
@Route("courses/:courseId/:lessonId")
@RolesAllowed({Roles.EMPLOYEE, Roles.COACH, Roles.LINE_MANAGER, Roles.HR_ADMIN})
class LessonView extends Main implements BeforeEnterObserver, HasDynamicTitle {

    private final CourseService courses;
    private final LearningService learning;
    private CourseOutline outline;
    private LessonPage page;
    private CourseProgress progress;
    private final Div content = new Div();
    private final Nav lessonNav = new Nav();
    private final ProgressBar bar = new ProgressBar(0, 100);
    private final Paragraph progressText = new Paragraph();
    private final Div courseDone = new Div();

    LessonView(CourseService courses, LearningService learning) {
        this.courses = courses;
        this.learning = learning;
        addClassName("podium-page");
        addClassName("podium-player");
        bar.setId("lesson-progress-bar");
        progressText.setId("lesson-progress");
        courseDone.setId("course-completed");
        lessonNav.setId("lesson-nav");
        lessonNav.addClassName("podium-player-nav");
        lessonNav.getElement().setAttribute("aria-label", getTranslation("course.lessons"));
        content.addClassName("podium-player-content");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        Locale language = UI.getCurrent().getLocale();
        Optional<String> courseId = event.getRouteParameters().get("courseId").filter(CourseId::isValid);
        Optional<String> lessonId = event.getRouteParameters().get("lessonId");
        outline = courseId.flatMap(id -> courses.outline(CourseId.of(id), language)).orElse(null);
        page = outline == null || lessonId.isEmpty() ? null
                : courses.lesson(outline.summary().id(), lessonId.get(), language).orElse(null);
        if (page == null) {
            event.rerouteToError(NotFoundException.class);
            return;
        }
        progress = learning.progress(outline.summary().id(), language).orElse(null);
        if (progress == null) {
            // reading starts with enrolment: the course page offers it
            event.forwardTo("courses/" + outline.summary().id());
            return;
        }
        render();
    }

    private void render() {
        removeAll();
        content.removeAll();
        Anchor back = new Anchor("courses/" + outline.summary().id(), outline.summary().title());
        back.setId("lesson-course-link");
        H2 title = new H2(page.lesson().title());
        title.setId("lesson-title");
        Span position = new Span(getTranslation("lesson.position", page.position(), page.count(),
                page.lesson().minutes()));
        position.addClassName("podium-muted");
        Html body = new Html("<div class=\"podium-lesson-text\">" + page.safeHtml() + "</div>");
        body.setId("lesson-text");
        content.add(back, title, position, body);
        page.lesson().practice().forEach(task -> content.add(task(task)));
        courses.quiz(outline.summary().id(), page.lesson().id(), UI.getCurrent().getLocale())
                .ifPresent(quiz -> content.add(new QuizPanel(quiz)));
        content.add(completion(), navigation());
        // the lesson first in reading order (on a phone the list follows it); wide screens show the list beside it
        Div layout = new Div(content, lessonNav);
        layout.addClassName("podium-player-layout");
        add(bar, progressText, courseDone, layout);
        updateProgress();
    }

    private void updateProgress() {
        bar.setValue(progress.percent());
        bar.getElement().setAttribute("aria-label", getTranslation("course.progress", progress.percent()));
        progressText.setText(getTranslation("lesson.progress", progress.percent(), progress.doneUnits(),
                progress.totalUnits()));
        courseDone.removeAll();
        if (progress.completed()) {
            courseDone.add(new Paragraph(getTranslation("lesson.course-completed", outline.summary().title())));
            courseDone.addClassName("podium-success");
        }
        courseDone.setVisible(progress.completed());
        lessonNav.removeAll();
        lessonNav.add(new H2(getTranslation("course.lessons")));
        OrderedList list = new OrderedList();
        for (LessonOutline lesson : outline.lessons()) {
            boolean done = progress.completedLessons().contains(lesson.id());
            Anchor link = new Anchor("courses/" + outline.summary().id() + "/" + lesson.id(),
                    (done ? "✓ " : "") + lesson.title());
            if (lesson.id().equals(page.lesson().id())) {
                link.getElement().setAttribute("aria-current", "page");
                link.getStyle().set("font-weight", "600");
            }
            list.add(new ListItem(link));
        }
        lessonNav.add(list);
    }

    private Component completion() {
        Div box = new Div();
        box.setId("lesson-completion");
        if (progress.completedLessons().contains(page.lesson().id())) {
            Paragraph done = new Paragraph(getTranslation("lesson.done"));
            done.setId("lesson-done");
            box.add(done);
        } else {
            Button complete = new Button(getTranslation("lesson.mark-complete"), event -> act(
                    () -> learning.completeLesson(outline.summary().id(), page.lesson().id(), UI.getCurrent()
                            .getLocale()), "lesson.completed-notice"));
            complete.setId("lesson-complete");
            complete.addThemeVariants(ButtonVariant.PRIMARY);
            box.add(complete);
        }
        return box;
    }

    private Component navigation() {
        HorizontalLayout row = new HorizontalLayout();
        if (page.previousLessonId() != null) {
            Button previous = new Button(getTranslation("lesson.previous"), event -> UI.getCurrent()
                    .navigate("courses/" + outline.summary().id() + "/" + page.previousLessonId()));
            previous.setId("lesson-previous");
            row.add(previous);
        }
        if (page.nextLessonId() != null) {
            Button next = new Button(getTranslation("lesson.next"), event -> UI.getCurrent()
                    .navigate("courses/" + outline.summary().id() + "/" + page.nextLessonId()));
            next.setId("lesson-next");
            row.add(next);
        }
        return row;
    }

    private void act(Supplier<CourseProgress> step, String noticeKey) {
        try {
            progress = step.get();
            Feedback.success(getTranslation(noticeKey));
            render();
        } catch (LearningRuleViolation violation) {
            Feedback.refused(this, violation);
        }
    }

    private Component task(PracticeTask task) {
        Card card = new Card();
        card.setId("task-" + task.id());
        card.addClassName("podium-task");
        card.setTitle(getTranslation("lesson.task.title", task.title()));
        card.add(new Paragraph(task.instructions()));
        TaskState state = progress.tasks().get(task.id());
        boolean done = state != null && state.completed();
        if (task.completion() == TaskCompletion.SUBMISSION) {
            TextArea text = new TextArea(getTranslation("lesson.task.your-answer"));
            text.setId("task-" + task.id() + "-text");
            text.setWidthFull();
            text.setMaxLength(10_000);
            text.setValue(done && state.submission() != null ? state.submission() : "");
            if (task.length() != null) {
                // the counter follows every keystroke, so the learner sees the length before submitting
                text.setValueChangeMode(ValueChangeMode.EAGER);
                text.setHelperText(lengthText(task.length(), text.getValue()));
                text.addValueChangeListener(event -> text.setHelperText(lengthText(task.length(), event.getValue())));
                text.getElement().setAttribute("data-length-unit", task.length().unit().id());
            }
            Button submit = new Button(getTranslation(done ? "lesson.task.update" : "lesson.task.submit"),
                    event -> act(() -> learning.submitPractice(outline.summary().id(), task.id(), text.getValue(),
                            UI.getCurrent().getLocale()), "lesson.task.saved"));
            submit.setId("task-" + task.id() + "-submit");
            card.add(text);
            card.addToFooter(submit);
        } else {
            Paragraph how = new Paragraph(getTranslation("lesson.task.by-evidence." + task.completion().id()));
            how.addClassName("podium-muted");
            card.add(how);
            if (task.completion() == TaskCompletion.ACTIVITY) {
                card.add(new Anchor("activity/import", getTranslation("lesson.task.import-activity")));
            } else if (task.completion() == TaskCompletion.ATTESTATION) {
                // the policy a course asks to attest carries the course's id
                Anchor attest = new Anchor("policies/" + outline.summary().id(), getTranslation("lesson.task.attest"));
                attest.setId("task-" + task.id() + "-attest");
                card.add(attest);
            }
        }
        Span status = new Span(done ? getTranslation("lesson.task.completed",
                LearningFormats.date(state.completedAt(), getLocale()))
                : getTranslation(!task.required() ? "lesson.task.open-optional"
                        : outline.completion() == CompletionRule.LESSONS_QUIZZES_AND_TASKS ? "lesson.task.open-required"
                        : "lesson.task.open-not-counted"));
        status.setId("task-" + task.id() + "-status");
        status.addClassName(done ? "podium-success" : "podium-muted");
        card.add(status);
        return card;
    }

    private String lengthText(SubmissionLength length, String value) {
        String bounds = length.min() != null && length.max() != null ? "between"
                : length.min() != null ? "min" : "max";
        return getTranslation("lesson.task.length." + length.unit().id() + "-" + bounds, length.measure(value),
                length.min() == null ? "" : String.valueOf(length.min()),
                length.max() == null ? "" : String.valueOf(length.max()));
    }

    /** The lesson's quiz: answer, submit, see the score and every explanation, retry within the rules. */
    private final class QuizPanel extends Section {

        private final QuizSheet quiz;
        private final Map<String, Component> inputs = new LinkedHashMap<>();
        private final Div result = new Div();

        QuizPanel(QuizSheet quiz) {
            this.quiz = quiz;
            setId("quiz");
            addClassName("podium-quiz");
            result.setId("quiz-result");
            show(progress.quizzes().get(page.lesson().id()));
        }

        private void show(QuizStatus status) {
            removeAll();
            inputs.clear();
            add(new H3(quiz.title()));
            Paragraph rules = new Paragraph(rules(status));
            rules.setId("quiz-rules");
            rules.addClassName("podium-muted");
            add(rules);
            if (status != null && status.passed()) {
                Paragraph passed = new Paragraph(getTranslation("quiz.passed-already", status.bestPercent()));
                passed.setId("quiz-passed");
                passed.addClassName("podium-success");
                add(passed, result);
                return;
            }
            if (status != null && status.attempts() > 0) {
                // a failed attempt is kept: after a reload the learner still sees that they tried and how it went
                Paragraph earlier = new Paragraph(getTranslation("quiz.earlier-attempts", status.attempts(),
                        status.bestPercent(), quiz.passMark()));
                earlier.setId("quiz-earlier-attempts");
                add(earlier);
                if (status.attemptsLeft() != null && status.attemptsLeft() == 0) {
                    Paragraph none = new Paragraph(getTranslation("learning.rule.no-attempts-left"));
                    none.setId("quiz-no-attempts-left");
                    add(none, result);
                    return;
                }
            }
            for (QuestionSheet question : quiz.questions()) {
                add(question(question));
            }
            Button submit = new Button(getTranslation("quiz.submit"), event -> submit());
            submit.setId("quiz-submit");
            submit.addThemeVariants(ButtonVariant.PRIMARY);
            add(submit, result);
        }

        private String rules(QuizStatus status) {
            String text = getTranslation("quiz.pass-mark", quiz.passMark());
            if (quiz.maxAttempts() != null) {
                text += " " + getTranslation("quiz.attempts-left", status == null || status.attemptsLeft() == null
                        ? quiz.maxAttempts() : status.attemptsLeft(), quiz.maxAttempts());
            }
            return text;
        }

        private Component question(QuestionSheet question) {
            Div box = new Div();
            box.addClassName("podium-question");
            if (question.scenario() != null) {
                Paragraph scenario = new Paragraph(question.scenario());
                scenario.addClassName("podium-scenario");
                box.add(scenario);
            }
            if (question.type().singleAnswer()) {
                RadioButtonGroup<OptionSheet> group = new RadioButtonGroup<>(question.prompt());
                group.setItems(question.options());
                group.setItemLabelGenerator(OptionSheet::text);
                group.setId("quiz-q-" + question.id());
                group.addClassName("podium-vertical");
                inputs.put(question.id(), group);
                box.add(group);
            } else {
                CheckboxGroup<OptionSheet> group = new CheckboxGroup<>(question.prompt());
                group.setItems(question.options());
                group.setItemLabelGenerator(OptionSheet::text);
                group.setHelperText(getTranslation("quiz.choose-all"));
                group.setId("quiz-q-" + question.id());
                group.addClassName("podium-vertical");
                inputs.put(question.id(), group);
                box.add(group);
            }
            return box;
        }

        @SuppressWarnings("unchecked")
        private Map<String, Set<String>> answers() {
            Map<String, Set<String>> answers = new LinkedHashMap<>();
            inputs.forEach((id, input) -> {
                if (input instanceof RadioButtonGroup<?> radio && radio.getValue() != null) {
                    answers.put(id, Set.of(((OptionSheet) radio.getValue()).id()));
                } else if (input instanceof CheckboxGroup<?> boxes) {
                    answers.put(id, ((Set<OptionSheet>) boxes.getValue()).stream().map(OptionSheet::id)
                            .collect(java.util.stream.Collectors.toSet()));
                }
            });
            return answers;
        }

        private void submit() {
            QuizOutcome outcome;
            try {
                outcome = learning.submitQuiz(outline.summary().id(), page.lesson().id(), answers(),
                        UI.getCurrent().getLocale());
            } catch (LearningRuleViolation violation) {
                Feedback.refused(LessonView.this, violation);
                return;
            }
            progress = outcome.progress();
            updateProgress();
            result.removeAll();
            Paragraph score = new Paragraph(getTranslation(outcome.score().passed() ? "quiz.result.passed"
                    : "quiz.result.failed", outcome.score().percent(), outcome.score().passMark()));
            score.setId("quiz-score");
            score.addClassName(outcome.score().passed() ? "podium-success" : "podium-error");
            result.add(score);
            QuizStatus status = outcome.status();
            // while attempts remain, the right answers stay hidden: the learner sees what was wrong and why
            boolean reveal = status.passed() || (status.attemptsLeft() != null && status.attemptsLeft() == 0);
            for (QuestionResult question : outcome.score().questions()) {
                result.add(feedback(question, reveal));
            }
            inputs.values().forEach(input -> ((com.vaadin.flow.component.HasEnabled) input).setEnabled(false));
            getChildren().filter(child -> "quiz-submit".equals(child.getId().orElse(null))).findFirst()
                    .ifPresent(button -> ((Button) button).setEnabled(false));
            if (!status.passed() && (status.attemptsLeft() == null || status.attemptsLeft() > 0)) {
                Button retry = new Button(getTranslation("quiz.retry"), event -> show(status));
                retry.setId("quiz-retry");
                result.add(retry);
            } else if (!status.passed()) {
                result.add(new Paragraph(getTranslation("learning.rule.no-attempts-left")));
            }
            if (outcome.score().passed()) {
                Feedback.success(getTranslation("quiz.passed-notice"));
            }
        }

        private Component feedback(QuestionResult question, boolean reveal) {
            QuestionSheet sheet = quiz.questions().stream().filter(q -> q.id().equals(question.questionId()))
                    .findFirst().orElseThrow();
            Div box = new Div();
            box.addClassName("podium-feedback");
            box.setId("quiz-feedback-" + question.questionId());
            Paragraph verdict = new Paragraph((question.correct() ? "✓ " : "✗ ") + sheet.prompt() + " — "
                    + getTranslation(question.correct() ? "quiz.right" : "quiz.wrong"));
            verdict.addClassName(question.correct() ? "podium-success" : "podium-error");
            box.add(verdict);
            for (OptionSheet option : sheet.options()) {
                boolean chosen = question.chosen().contains(option.id());
                boolean correct = reveal && question.correctOptions().contains(option.id());
                String explanation = reveal || chosen ? question.explanations().get(option.id()) : null;
                if (!chosen && !correct && explanation == null) {
                    continue;
                }
                String marker = correct ? getTranslation("quiz.option.correct")
                        : chosen ? getTranslation("quiz.option.your-choice") : "";
                Paragraph line = new Paragraph(option.text() + (marker.isEmpty() ? "" : " (" + marker + ")")
                        + (explanation == null ? "" : ": " + explanation));
                line.addClassName("podium-explanation");
                box.add(line);
            }
            return box;
        }
    }

    @Override
    public String getPageTitle() {
        return page == null ? getTranslation("nav.courses") : page.lesson().title();
    }
}
