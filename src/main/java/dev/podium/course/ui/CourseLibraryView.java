package dev.podium.course.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import dev.podium.content.ContentProblem;
import dev.podium.course.CourseLibraryStatus;
import dev.podium.course.CourseService;
import dev.podium.course.CourseSummary;
import dev.podium.shared.Roles;
import jakarta.annotation.security.RolesAllowed;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;

/**
 * HR's view of the course folders: which courses are published in which version, which are held back, and every
 * problem with file and line so the authors can fix it.
 */
@Route("course-library")
@RolesAllowed(Roles.HR_ADMIN)
@Menu(order = 60, title = "nav.course-library", icon = "vaadin:folder-open")
class CourseLibraryView extends Main implements HasDynamicTitle {

    private final CourseService courses;
    private final Paragraph summary = new Paragraph();
    private final Grid<CourseSummary> published = new Grid<>();
    private final Grid<ContentProblem> problems = new Grid<>();
    private final H3 problemsTitle = new H3();

    CourseLibraryView(CourseService courses) {
        this.courses = courses;
        addClassName("podium-page");
        summary.setId("course-library-summary");
        published.setId("course-library-published");
        published.addColumn(CourseSummary::title).setHeader(getTranslation("course-library.course")).setAutoWidth(true);
        published.addColumn(course -> course.id().value()).setHeader(getTranslation("course-library.id"))
                .setAutoWidth(true);
        published.addColumn(CourseSummary::versionLabel).setHeader(getTranslation("course-library.version"));
        published.addColumn(CourseSummary::lessonCount).setHeader(getTranslation("course-library.lessons"));
        published.setAllRowsVisible(true);
        problems.setId("course-library-problems");
        problems.addColumn(ContentProblem::file).setHeader(getTranslation("course-library.file")).setAutoWidth(true);
        problems.addColumn(ContentProblem::line).setHeader(getTranslation("course-library.line"));
        problems.addColumn(problem -> getTranslation(problem.messageKey(), problem.arguments().toArray()))
                .setHeader(getTranslation("course-library.problem")).setFlexGrow(1);
        problems.setAllRowsVisible(true);
        Button reload = new Button(getTranslation("course-library.reload"), event -> {
            show(courses.reload(UI.getCurrent().getLocale()));
            Notification.show(getTranslation("course-library.reloaded"), 3000, Notification.Position.BOTTOM_START);
        });
        reload.setId("course-library-reload");
        add(new H2(getTranslation("nav.course-library")), new Paragraph(getTranslation("course-library.intro")),
                summary, reload, published, problemsTitle, problems);
        show(courses.status(UI.getCurrent().getLocale()));
    }

    private void show(CourseLibraryStatus status) {
        summary.setText(getTranslation("course-library.status", status.published().size(),
                status.unpublished().size(), DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM)
                        .withLocale(getLocale()).withZone(ZoneId.systemDefault()).format(status.loadedAt())));
        published.setItems(status.published());
        problemsTitle.setText(status.problems().isEmpty() ? getTranslation("course-library.no-problems")
                : getTranslation("course-library.held-back", String.join(", ", status.unpublished())));
        problems.setItems(status.problems());
        problems.setVisible(!status.problems().isEmpty());
    }

    @Override
    public String getPageTitle() {
        return getTranslation("nav.course-library");
    }
}
