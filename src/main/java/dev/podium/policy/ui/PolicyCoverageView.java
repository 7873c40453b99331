package dev.podium.policy.ui;

import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import dev.podium.content.ContentProblem;
import dev.podium.policy.PolicyCoverage;
import dev.podium.policy.PolicyService;
import dev.podium.shared.Roles;
import jakarta.annotation.security.RolesAllowed;

/** HR: how far each policy's current version is attested, per department and per version. */
@Route("policy-coverage")
@RolesAllowed(Roles.HR_ADMIN)
@Menu(order = 65, title = "policy.coverage", icon = "vaadin:clipboard-check")
class PolicyCoverageView extends Main implements HasDynamicTitle {

    PolicyCoverageView(PolicyService policies) {
        addClassName("podium-page");
        add(new H2(getTranslation("policy.coverage")), new Paragraph(getTranslation("policy.coverage.intro")));
        for (String id : policies.policyIds()) {
            String title = policies.policy(id, getLocale()).map(page -> page.title()).orElse(id);
            policies.coverage(id).ifPresent(coverage -> add(section(coverage, title)));
        }
        if (!policies.problems().isEmpty()) {
            Grid<ContentProblem> problems = new Grid<>();
            problems.setId("policy-problems");
            problems.addColumn(ContentProblem::file).setHeader(getTranslation("course-library.file"))
                    .setAutoWidth(true);
            problems.addColumn(ContentProblem::line).setHeader(getTranslation("course-library.line"));
            problems.addColumn(problem -> getTranslation(problem.messageKey(), problem.arguments().toArray()))
                    .setHeader(getTranslation("course-library.problem")).setFlexGrow(1);
            problems.setItems(policies.problems());
            problems.setAllRowsVisible(true);
            add(new H3(getTranslation("policy.coverage.problems")), problems);
        }
    }

    private com.vaadin.flow.component.Component section(PolicyCoverage coverage, String title) {
        com.vaadin.flow.component.html.Section section = new com.vaadin.flow.component.html.Section();
        section.setId("coverage-" + coverage.policyId());
        section.add(new H3(title + " · " + getTranslation("policy.version", coverage.currentVersion())));
        Paragraph total = new Paragraph(getTranslation("policy.coverage.total", coverage.attestedCurrent(),
                coverage.activeEmployees(), percent(coverage.attestedCurrent(), coverage.activeEmployees())));
        total.addClassName("coverage-total");
        Grid<PolicyCoverage.DepartmentCoverage> departments = new Grid<>();
        departments.addColumn(PolicyCoverage.DepartmentCoverage::departmentName)
                .setHeader(getTranslation("employee.department")).setAutoWidth(true);
        departments.addColumn(row -> row.attested() + " / " + row.activeEmployees())
                .setHeader(getTranslation("policy.coverage.attested"));
        departments.addColumn(row -> percent(row.attested(), row.activeEmployees()) + " %")
                .setHeader(getTranslation("policy.coverage.share"));
        departments.setItems(coverage.departments());
        departments.setAllRowsVisible(true);
        Grid<PolicyCoverage.VersionCount> versions = new Grid<>();
        versions.addColumn(PolicyCoverage.VersionCount::version).setHeader(getTranslation("policy.history.version"));
        versions.addColumn(PolicyCoverage.VersionCount::attestations)
                .setHeader(getTranslation("policy.coverage.attestations"));
        versions.setItems(coverage.versions());
        versions.setAllRowsVisible(true);
        section.add(total, departments, versions);
        return section;
    }

    private static long percent(long part, long whole) {
        return whole == 0 ? 0 : Math.round(100.0 * part / whole);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("policy.coverage");
    }
}
