package dev.podium.learning.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.OrderedList;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.progressbar.ProgressBar;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.router.Route;
import dev.podium.course.CourseOutline;
import dev.podium.course.CourseService;
import dev.podium.course.LessonOutline;
import dev.podium.learning.CourseProgress;
import dev.podium.learning.LearningRuleViolation;
import dev.podium.learning.LearningService;
import dev.podium.shared.Roles;
import dev.podium.shared.CourseId;
import jakarta.annotation.security.RolesAllowed;
import java.util.Locale;
import java.util.Optional;

/** One course: what it is, its lessons, enrolment and the learner's progress with the next step. */
@Route("courses/:courseId")
@RolesAllowed({Roles.EMPLOYEE, Roles.COACH, Roles.LINE_MANAGER, Roles.HR_ADMIN})
class CourseView extends Main implements BeforeEnterObserver, HasDynamicTitle {

    private final CourseService courses;
    private final LearningService learning;
    private CourseOutline outline;

    CourseView(CourseService courses, LearningService learning) {
        this.courses = courses;
        this.learning = learning;
        addClassName("podium-page");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        Locale language = UI.getCurrent().getLocale();
        Optional<CourseOutline> found = event.getRouteParameters().get("courseId").filter(CourseId::isValid)
                .flatMap(id -> courses.outline(CourseId.of(id), language));
        if (found.isEmpty()) {
            event.rerouteToError(NotFoundException.class);
            return;
        }
        outline = found.get();
        render(learning.progress(outline.summary().id(), language).orElse(null));
    }

    private void render(CourseProgress progress) {
        removeAll();
        var summary = outline.summary();
        add(new Anchor("courses", getTranslation("course.back")));
        H2 title = new H2(summary.title());
        title.setId("course-title");
        Span facts = new Span(getTranslation("catalogue.facts", summary.lessonCount(), summary.estimatedMinutes())
                + (summary.certificate() ? " · " + getTranslation("catalogue.certificate") : "")
                + " · " + getTranslation("course.version", summary.versionLabel()));
        facts.addClassName("podium-muted");
        add(title, new Paragraph(summary.summary()), facts);
        if (progress == null) {
            if (summary.selfEnrolment()) {
                Button enrol = new Button(getTranslation("course.enrol"), event -> enrol());
                enrol.setId("course-enrol");
                enrol.addThemeVariants(ButtonVariant.PRIMARY);
                add(new Div(enrol));
            } else {
                add(new Paragraph(getTranslation("course.assigned-only")));
            }
        } else {
            ProgressBar bar = new ProgressBar(0, 100, progress.percent());
            bar.setId("course-progress-bar");
            bar.getElement().setAttribute("aria-label", getTranslation("course.progress", progress.percent()));
            Paragraph state = new Paragraph(progress.completed()
                    ? getTranslation("course.completed", LearningFormats.date(progress.completedAt(), getLocale()))
                    : getTranslation("course.progress", progress.percent()));
            state.setId("course-progress");
            add(bar, state);
            if (!progress.completed() && progress.next().lessonId() != null) {
                Button next = new Button(getTranslation("course.continue"),
                        event -> UI.getCurrent().navigate("courses/" + summary.id() + "/" + progress.next().lessonId()));
                next.setId("course-continue");
                next.addThemeVariants(ButtonVariant.PRIMARY);
                add(new Div(next));
            }
            if (!progress.removedLessonsWithProgress().isEmpty()) {
                Paragraph removed = new Paragraph(getTranslation("course.removed-lessons",
                        String.join(", ", progress.removedLessonsWithProgress())));
                removed.setId("course-removed-lessons");
                removed.addClassName("podium-muted");
                add(removed);
            }
        }
        add(new H3(getTranslation("course.lessons")));
        OrderedList list = new OrderedList();
        list.setId("course-lessons");
        for (LessonOutline lesson : outline.lessons()) {
            ListItem item = new ListItem();
            String label = lesson.title() + " (" + getTranslation("course.minutes", lesson.minutes()) + ")";
            if (progress != null) {
                item.add(new Anchor("courses/" + summary.id() + "/" + lesson.id(), label));
                boolean read = progress.completedLessons().contains(lesson.id());
                var quiz = progress.quizzes().get(lesson.id());
                String status = read && (quiz == null || quiz.passed()) ? getTranslation("course.lesson.done")
                        : read ? getTranslation("course.lesson.quiz-open") : "";
                if (!status.isEmpty()) {
                    Span done = new Span(" · " + status);
                    done.addClassName("podium-muted");
                    item.add(done);
                }
            } else {
                item.add(new Span(label));
            }
            list.add(item);
        }
        add(list);
    }

    private void enrol() {
        try {
            CourseProgress progress = learning.enrol(outline.summary().id(), UI.getCurrent().getLocale());
            Feedback.success(getTranslation("course.enrolled", outline.summary().title()));
            render(progress);
        } catch (LearningRuleViolation violation) {
            Feedback.refused(this, violation);
        }
    }

    @Override
    public String getPageTitle() {
        return outline == null ? getTranslation("nav.courses") : outline.summary().title();
    }
}
