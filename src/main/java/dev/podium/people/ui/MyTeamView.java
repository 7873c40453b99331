package dev.podium.people.ui;

import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import dev.podium.people.EmployeeService;
import dev.podium.people.EmployeeSummary;
import dev.podium.security.Roles;
import jakarta.annotation.security.RolesAllowed;
import java.util.List;

/** A line manager's direct reports. Programme progress per person joins this view as the programme lands. */
@Route("team")
@RolesAllowed(Roles.LINE_MANAGER)
@Menu(order = 40, title = "nav.team", icon = "vaadin:group")
class MyTeamView extends Main implements HasDynamicTitle {

    MyTeamView(EmployeeService employees) {
        addClassName("podium-page");
        List<EmployeeSummary> reports = employees.myDirectReports();
        Grid<EmployeeSummary> grid = new Grid<>();
        grid.setId("team-grid");
        grid.addColumn(EmployeeSummary::fullName).setHeader(getTranslation("employee.name")).setAutoWidth(true);
        grid.addColumn(EmployeeSummary::jobTitle).setHeader(getTranslation("employee.job-title")).setAutoWidth(true);
        grid.addColumn(EmployeeSummary::email).setHeader(getTranslation("employee.email")).setAutoWidth(true);
        grid.addColumn(EmployeeSummary::departmentName).setHeader(getTranslation("employee.department"))
                .setAutoWidth(true);
        grid.setItems(reports);
        grid.setAllRowsVisible(true);
        add(new Paragraph(getTranslation("team.summary", reports.size())), grid);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("nav.team");
    }
}
