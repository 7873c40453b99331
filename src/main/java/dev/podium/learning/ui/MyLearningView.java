package dev.podium.learning.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.card.Card;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Span;
import dev.podium.learning.PortfolioEntry;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.progressbar.ProgressBar;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import dev.podium.learning.CourseProgress;
import dev.podium.learning.LearningService;
import dev.podium.learning.NextStep;
import dev.podium.shared.Roles;
import jakarta.annotation.security.RolesAllowed;
import java.util.List;

/** "My learning": every course the person is enrolled in, how far they are and what to do next. */
@Route("learning")
@RolesAllowed({Roles.EMPLOYEE, Roles.COACH, Roles.LINE_MANAGER, Roles.HR_ADMIN})
@Menu(order = 15, title = "nav.my-learning", icon = "vaadin:book")
class MyLearningView extends Main implements HasDynamicTitle {

    MyLearningView(LearningService learning) {
        addClassName("podium-page");
        add(new H2(getTranslation("my-learning.title")));
        List<CourseProgress> mine = learning.myLearning(UI.getCurrent().getLocale());
        if (mine.isEmpty()) {
            Paragraph none = new Paragraph(getTranslation("my-learning.empty"));
            none.setId("my-learning-empty");
            add(none, new Anchor("courses", getTranslation("my-learning.browse")));
            return;
        }
        Div cards = new Div();
        cards.addClassName("podium-cards");
        cards.setId("my-learning");
        for (CourseProgress progress : mine) {
            Card card = new Card();
            card.setId("my-course-" + progress.courseId());
            card.setTitle(progress.title());
            ProgressBar bar = new ProgressBar(0, 100, progress.percent());
            bar.getElement().setAttribute("aria-label", getTranslation("course.progress", progress.percent()));
            Paragraph state = new Paragraph(progress.completed()
                    ? getTranslation("course.completed", LearningFormats.date(progress.completedAt(), getLocale()))
                    : getTranslation("course.progress", progress.percent()));
            state.addClassName("my-course-state");
            card.add(bar, state);
            if (progress.dueDate() != null && !progress.completed()) {
                Paragraph due = new Paragraph(getTranslation("my-learning.due", progress.dueDate().format(
                        java.time.format.DateTimeFormatter.ofLocalizedDate(java.time.format.FormatStyle.MEDIUM)
                                .withLocale(getLocale()))));
                due.addClassName("my-course-due");
                card.add(due);
            }
            card.add(new Paragraph(next(progress)));
            String target = progress.next().lessonId() == null ? "courses/" + progress.courseId()
                    : "courses/" + progress.courseId() + "/" + progress.next().lessonId();
            Button open = new Button(getTranslation(progress.completed() ? "my-learning.review" : "course.continue"),
                    event -> UI.getCurrent().navigate(target));
            open.addThemeVariants(ButtonVariant.PRIMARY);
            // the name starts with the visible text, so that "click Continue" works for voice control too
            open.setAriaLabel(getTranslation(progress.completed() ? "my-learning.review-course"
                    : "my-learning.continue-course", progress.title()));
            card.addToFooter(open);
            cards.add(card);
        }
        add(cards);
        List<PortfolioEntry> portfolio = learning.myPortfolio(UI.getCurrent().getLocale());
        add(new H3(getTranslation("my-learning.portfolio")));
        if (portfolio.isEmpty()) {
            add(new Paragraph(getTranslation("my-learning.portfolio.empty")));
            return;
        }
        Div entries = new Div();
        entries.setId("portfolio");
        for (PortfolioEntry entry : portfolio) {
            Card card = new Card();
            card.setTitle(entry.taskTitle());
            card.setSubtitle(new Span(entry.courseTitle() + " · "
                    + LearningFormats.date(entry.updatedAt(), getLocale())));
            Paragraph text = new Paragraph(entry.submission());
            text.getStyle().set("white-space", "pre-wrap");
            card.add(text);
            if (entry.lessonId() != null) {
                card.addToFooter(new Anchor("courses/" + entry.courseId() + "/" + entry.lessonId(),
                        getTranslation("my-learning.portfolio.edit")));
            }
            entries.add(card);
        }
        entries.addClassName("podium-cards");
        add(entries);
    }

    private String next(CourseProgress progress) {
        NextStep next = progress.next();
        return switch (next.kind()) {
            case READ_LESSON -> getTranslation("my-learning.next.read");
            case TAKE_QUIZ -> getTranslation("my-learning.next.quiz");
            case DO_TASK -> getTranslation("my-learning.next.task");
            case DONE -> progress.completed() ? getTranslation("my-learning.next.done")
                    : getTranslation("my-learning.next.read");
        };
    }

    @Override
    public String getPageTitle() {
        return getTranslation("nav.my-learning");
    }
}
