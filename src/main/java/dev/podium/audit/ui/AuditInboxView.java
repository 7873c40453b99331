package dev.podium.audit.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import dev.podium.audit.AuditFilter;
import dev.podium.audit.AuditRuleViolation;
import dev.podium.audit.AuditService;
import dev.podium.audit.AuditStatus;
import dev.podium.audit.AuditSummary;
import dev.podium.shared.CurrentUser;
import dev.podium.shared.Role;
import dev.podium.shared.Roles;
import jakarta.annotation.security.RolesAllowed;
import java.time.ZoneOffset;
import java.util.Set;

/**
 * Profile audits to review: a coach sees the open audits assigned to them, HR every audit (status and scores).
 * Filters by state, due date and SLA breach; a row opens the review screen. A coach also sees the overdue reviews
 * their colleagues hold and can take one over.
 */
@Route("coach/audits")
@RolesAllowed({Roles.COACH, Roles.HR_ADMIN})
@Menu(order = 44, title = "audit.ui.nav.inbox", icon = "vaadin:clipboard-user")
class AuditInboxView extends Main implements HasDynamicTitle {

    private final AuditService audits;
    private final boolean hr;
    private final Select<AuditStatus> status = new Select<>();
    private final DatePicker dueBefore = new DatePicker();
    private final Checkbox breached = new Checkbox();
    private final Grid<AuditSummary> grid = new Grid<>();

    AuditInboxView(AuditService audits, CurrentUser currentUser) {
        this.audits = audits;
        // a coach who is also HR works their own inbox here; HR without coaching sees every audit
        this.hr = currentUser.hasRole(Role.HR_ADMIN) && !currentUser.hasRole(Role.COACH);
        addClassName("podium-page");
        getStyle().set("display", "flex").set("flex-direction", "column").set("gap", "0.75rem");

        status.setLabel(getTranslation("audit.ui.inbox.status"));
        status.setItems(hr ? AuditStatus.values() : new AuditStatus[] {AuditStatus.IN_REVIEW,
                AuditStatus.REVISION_REQUESTED});
        status.setEmptySelectionAllowed(true);
        status.setEmptySelectionCaption(getTranslation("audit.ui.inbox.all-open"));
        status.setItemLabelGenerator(s -> s == null ? getTranslation("audit.ui.inbox.all-open")
                : AuditTexts.status(this, s));
        dueBefore.setLabel(getTranslation("audit.ui.inbox.due-before"));
        breached.setLabel(getTranslation("audit.ui.inbox.breached"));
        status.addValueChangeListener(e -> grid.getDataProvider().refreshAll());
        dueBefore.addValueChangeListener(e -> grid.getDataProvider().refreshAll());
        breached.addValueChangeListener(e -> grid.getDataProvider().refreshAll());
        HorizontalLayout filters = new HorizontalLayout(status, dueBefore, breached);
        filters.setAlignItems(HorizontalLayout.Alignment.BASELINE);

        grid.setId("audit-inbox");
        grid.addColumn(AuditSummary::employeeName).setHeader(getTranslation("audit.ui.inbox.employee"))
                .setAutoWidth(true);
        grid.addColumn(s -> AuditTexts.status(this, s.status())).setHeader(getTranslation("audit.ui.inbox.state"))
                .setAutoWidth(true);
        grid.addColumn(AuditSummary::round).setHeader(getTranslation("audit.ui.inbox.round")).setAutoWidth(true);
        grid.addColumn(s -> AuditTexts.date(s.submittedAt())).setHeader(getTranslation("audit.ui.inbox.submitted"))
                .setAutoWidth(true);
        grid.addComponentColumn(this::due).setHeader(getTranslation("audit.ui.inbox.due")).setAutoWidth(true);
        if (hr) {
            // HR runs the programme from the workflow; scores reach HR only as group aggregates (dashboard)
            grid.addColumn(s -> s.coachName() == null ? "–" : s.coachName())
                    .setHeader(getTranslation("audit.ui.inbox.coach")).setAutoWidth(true);
        } else {
            grid.addColumn(s -> s.finalScore() != null ? s.finalScore() : s.points())
                    .setHeader(getTranslation("audit.ui.inbox.points")).setAutoWidth(true);
        }
        grid.setItems(query -> (hr ? audits.allAudits(filter(), query.getOffset(), query.getLimit())
                : audits.myReviews(filter(), query.getOffset(), query.getLimit())).stream());
        grid.addItemClickListener(e -> getUI().ifPresent(ui -> ui.navigate("coach/audits/" + e.getItem().auditId())));
        add(new Paragraph(getTranslation(hr ? "audit.ui.inbox.intro-hr" : "audit.ui.inbox.intro")), filters, grid);
        if (!hr) {
            add(new H2(getTranslation("audit.ui.inbox.colleagues")),
                    new Paragraph(getTranslation("audit.ui.inbox.colleagues-intro")), colleaguesOverdue());
        }
    }

    /** Overdue reviews other coaches hold, each with a button to take it over. */
    private Grid<AuditSummary> colleaguesOverdue() {
        Grid<AuditSummary> overdue = new Grid<>();
        overdue.setId("audit-colleagues-overdue");
        overdue.setAllRowsVisible(true);
        overdue.addColumn(AuditSummary::employeeName).setHeader(getTranslation("audit.ui.inbox.employee"))
                .setAutoWidth(true);
        overdue.addColumn(s -> s.coachName() == null ? "–" : s.coachName())
                .setHeader(getTranslation("audit.ui.inbox.coach")).setAutoWidth(true);
        overdue.addComponentColumn(this::due).setHeader(getTranslation("audit.ui.inbox.due")).setAutoWidth(true);
        overdue.addComponentColumn(summary -> {
            Button claim = new Button(getTranslation("audit.ui.inbox.claim"), e -> claim(summary));
            claim.addThemeVariants(ButtonVariant.SMALL);
            claim.setId("audit-claim-" + summary.auditId());
            return claim;
        }).setHeader(getTranslation("grid.actions")).setAutoWidth(true);
        overdue.setItems(query -> audits.overdueWithOtherCoaches(query.getOffset(), query.getLimit()).stream());
        return overdue;
    }

    private void claim(AuditSummary summary) {
        try {
            audits.claim(summary.auditId());
            Notification.show(getTranslation("audit.ui.inbox.claimed", summary.employeeName()))
                    .addThemeVariants(NotificationVariant.SUCCESS);
            getUI().ifPresent(ui -> ui.navigate("coach/audits/" + summary.auditId()));
        } catch (AuditRuleViolation problem) {
            Notification.show(getTranslation(problem.messageKey()), 8000, Notification.Position.MIDDLE)
                    .addThemeVariants(NotificationVariant.ERROR);
        }
    }

    private Span due(AuditSummary summary) {
        Span due = new Span(AuditTexts.date(summary.reviewDueAt()));
        if (summary.slaBreached()) {
            due.setText(getTranslation("audit.ui.inbox.overdue", AuditTexts.date(summary.reviewDueAt())));
            due.getElement().getThemeList().add("badge error");
        }
        return due;
    }

    private AuditFilter filter() {
        return new AuditFilter(status.getValue() == null ? Set.of() : Set.of(status.getValue()),
                dueBefore.getValue() == null ? null
                        : dueBefore.getValue().plusDays(1).atStartOfDay().toInstant(ZoneOffset.UTC),
                breached.getValue());
    }

    @Override
    public String getPageTitle() {
        return getTranslation("audit.ui.nav.inbox");
    }
}
