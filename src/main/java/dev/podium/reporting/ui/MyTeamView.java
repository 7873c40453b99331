package dev.podium.reporting.ui;

import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import dev.podium.course.CourseService;
import dev.podium.course.CourseSummary;
import dev.podium.reporting.ReportingService;
import dev.podium.reporting.TeamMember;
import dev.podium.reporting.TeamMemberDetail;
import dev.podium.shared.Roles;
import jakarta.annotation.security.RolesAllowed;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * A line manager's direct reports: their courses with due dates, completion and certificates. Nothing about their
 * posts or their index: that is the employee's own (and their coach's inside a programme).
 */
@Route("team")
@RolesAllowed(Roles.LINE_MANAGER)
@Menu(order = 40, title = "nav.team", icon = "vaadin:group")
class MyTeamView extends Main implements HasDynamicTitle {

    private final ReportingService reporting;
    private final Clock clock;
    private final Map<String, String> courseTitles;
    private final Section detail = new Section();

    MyTeamView(ReportingService reporting, CourseService courses, Clock clock) {
        this.clock = clock;
        this.reporting = reporting;
        addClassName("podium-page");
        courseTitles = courses.catalogue(null, null, getLocale()).stream()
                .collect(Collectors.toMap(c -> c.id().value(), CourseSummary::title, (a, b) -> a));
        List<TeamMember> team = reporting.myTeam();
        Grid<TeamMember> grid = new Grid<>();
        grid.setId("team-grid");
        grid.addColumn(TeamMember::name).setHeader(getTranslation("employee.name")).setAutoWidth(true);
        grid.addColumn(TeamMember::jobTitle).setHeader(getTranslation("employee.job-title")).setAutoWidth(true);
        grid.addColumn(m -> m.coursesCompleted() + " / " + m.coursesAssigned())
                .setHeader(getTranslation("reporting.team.courses"));
        grid.addColumn(m -> m.nextDueDate() == null ? "" : m.nextDueDate().toString())
                .setHeader(getTranslation("reporting.team.next-due"));
        grid.addColumn(TeamMember::overdue).setHeader(getTranslation("reporting.team.overdue"));
        grid.addColumn(TeamMember::certificates).setHeader(getTranslation("reporting.team.certificates"));
        grid.addColumn(m -> m.nextExpiry() == null ? "" : m.nextExpiry().toString())
                .setHeader(getTranslation("reporting.team.next-expiry"));
        grid.setItems(team);
        grid.setAllRowsVisible(true);
        grid.asSingleSelect().addValueChangeListener(e -> show(e.getValue()));
        detail.setId("team-member");
        add(new Paragraph(getTranslation("team.summary", team.size())),
                new Paragraph(getTranslation("reporting.team.intro")), grid, detail);
    }

    private void show(TeamMember member) {
        detail.removeAll();
        if (member == null) {
            return;
        }
        TeamMemberDetail details = reporting.teamMember(member.id());
        LocalDate today = LocalDate.now(clock);
        Grid<TeamMemberDetail.Assignment> courses = new Grid<>();
        courses.setId("team-courses");
        courses.addColumn(a -> courseTitles.getOrDefault(a.course().value(), a.course().value()))
                .setHeader(getTranslation("reporting.team.course")).setAutoWidth(true).setFlexGrow(1);
        courses.addColumn(a -> getTranslation(a.assigned() ? "reporting.team.assigned" : "reporting.team.self"))
                .setHeader(getTranslation("reporting.team.how"));
        courses.addColumn(a -> a.dueDate() == null ? "" : a.dueDate().toString())
                .setHeader(getTranslation("reporting.team.due"));
        courses.addColumn(a -> getTranslation(a.completed() ? "reporting.team.completed"
                : a.dueDate() != null && a.dueDate().isBefore(today) ? "reporting.team.overdue-status"
                : a.started() ? "reporting.team.in-progress" : "reporting.team.not-started"))
                .setHeader(getTranslation("reporting.drill.status"));
        courses.setItems(details.assignments());
        courses.setAllRowsVisible(true);
        Grid<TeamMemberDetail.HeldCertificate> certificates = new Grid<>();
        certificates.setId("team-certificates");
        certificates.addColumn(c -> courseTitles.getOrDefault(c.achievementId(), c.achievementId()))
                .setHeader(getTranslation("reporting.expiry.achievement")).setAutoWidth(true).setFlexGrow(1);
        certificates.addColumn(c -> c.issuedAt().atZone(ZoneOffset.UTC).toLocalDate().toString())
                .setHeader(getTranslation("reporting.team.issued"));
        certificates.addColumn(c -> c.expiresOn() == null ? getTranslation("reporting.team.no-expiry")
                : c.expiresOn().toString()).setHeader(getTranslation("reporting.expiry.expires"));
        certificates.setItems(details.certificates());
        certificates.setAllRowsVisible(true);
        detail.add(new H2(details.name()), new H3(getTranslation("reporting.team.courses-title")), courses,
                new H3(getTranslation("reporting.team.certificates-title")), certificates);
        if (details.assignments().isEmpty()) {
            courses.setVisible(false);
            detail.addComponentAtIndex(2, new Paragraph(getTranslation("reporting.team.no-courses")));
        }
    }

    @Override
    public String getPageTitle() {
        return getTranslation("nav.team");
    }
}
