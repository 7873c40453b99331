package dev.podium.certificate.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.spring.data.VaadinSpringDataHelpers;
import dev.podium.certificate.Achievement;
import dev.podium.certificate.CertificateFilter;
import dev.podium.certificate.CertificateRuleViolation;
import dev.podium.certificate.CertificateService;
import dev.podium.certificate.CertificateStatus;
import dev.podium.certificate.IssuedCertificate;
import dev.podium.certificate.PaperSize;
import dev.podium.people.EmployeeRef;
import dev.podium.people.EmployeeService;
import dev.podium.shared.Roles;
import jakarta.annotation.security.RolesAllowed;
import java.util.Locale;
import org.springframework.data.domain.PageRequest;

/** HR's certificates: every certificate with filters, issuing one by hand and revoking one, each with a reason. */
@Route("certificates/manage")
@RolesAllowed(Roles.HR_ADMIN)
@Menu(order = 66, title = "certificate.nav.manage", icon = "vaadin:diploma-scroll")
class CertificatesManageView extends Main implements HasDynamicTitle {

    private final CertificateService certificates;
    private final EmployeeService employees;
    private final Grid<IssuedCertificate> grid = new Grid<>();
    private final TextField search = new TextField();
    private final ComboBox<CertificateStatus> status = new ComboBox<>();

    CertificatesManageView(CertificateService certificates, EmployeeService employees) {
        this.certificates = certificates;
        this.employees = employees;
        addClassName("podium-page");
        setHeightFull();
        getStyle().set("display", "flex").set("flex-direction", "column").set("gap", "0.75rem");

        search.setPlaceholder(getTranslation("certificate.manage.search"));
        search.setId("certificates-search");
        search.setClearButtonVisible(true);
        search.setValueChangeMode(ValueChangeMode.LAZY);
        search.addValueChangeListener(e -> grid.getDataProvider().refreshAll());
        status.setPlaceholder(getTranslation("certificate.manage.status"));
        status.setId("certificates-status");
        status.setItems(CertificateStatus.values());
        status.setItemLabelGenerator(s -> getTranslation(Texts.statusKey(s)));
        status.setClearButtonVisible(true);
        status.addValueChangeListener(e -> grid.getDataProvider().refreshAll());
        Button issue = new Button(getTranslation("certificate.manage.issue"), e -> openIssueDialog());
        issue.setId("certificates-issue");
        issue.addThemeVariants(ButtonVariant.PRIMARY);
        HorizontalLayout toolbar = new HorizontalLayout(search, status, issue);
        toolbar.setAlignItems(FlexComponent.Alignment.BASELINE);

        grid.setId("certificates-grid");
        grid.addColumn(IssuedCertificate::employeeName).setHeader(getTranslation("certificate.manage.employee"))
                .setAutoWidth(true);
        grid.addColumn(IssuedCertificate::achievementTitle).setHeader(getTranslation("certificate.manage.achievement"))
                .setAutoWidth(true);
        grid.addColumn(c -> getTranslation("certificate.kind." + c.kind().name().toLowerCase(Locale.ROOT)))
                .setHeader(getTranslation("certificate.manage.kind")).setAutoWidth(true);
        grid.addColumn(c -> Texts.date(c.issuedAt(), getLocale()))
                .setHeader(getTranslation("certificate.manage.issued")).setAutoWidth(true);
        grid.addColumn(c -> Texts.date(c.expiresOn(), getLocale()))
                .setHeader(getTranslation("certificate.manage.expires")).setAutoWidth(true);
        grid.addComponentColumn(c -> Texts.status(this, c.status()))
                .setHeader(getTranslation("certificate.manage.state")).setAutoWidth(true);
        grid.addComponentColumn(c -> {
            HorizontalLayout actions = new HorizontalLayout(Downloads.pdf(certificates, c, PaperSize.A4,
                    getTranslation("certificate.manage.pdf")));
            if (c.status() != CertificateStatus.REVOKED) {
                Button revoke = new Button(getTranslation("certificate.manage.revoke"), e -> confirmRevoke(c));
                revoke.addThemeVariants(ButtonVariant.TERTIARY, ButtonVariant.ERROR);
                revoke.addClassName("certificate-revoke");
                actions.add(revoke);
            }
            actions.setAlignItems(FlexComponent.Alignment.BASELINE);
            return actions;
        }).setHeader(getTranslation("grid.actions")).setAutoWidth(true);
        // lazy: only the rows in view are fetched, however many certificates there are
        grid.setItems(query -> certificates.page(filter(),
                PageRequest.of(query.getPage(), query.getPageSize(), VaadinSpringDataHelpers.toSpringDataSort(query)))
                .stream(), query -> (int) certificates.count(filter()));
        grid.setSizeFull();
        add(new H2(getTranslation("certificate.manage.title")), toolbar, grid);
    }

    private CertificateFilter filter() {
        return new CertificateFilter(search.getValue(), status.getValue());
    }

    private void openIssueDialog() {
        Dialog dialog = new Dialog(getTranslation("certificate.manage.issue-title"));
        ComboBox<EmployeeRef> person = new ComboBox<>(getTranslation("certificate.manage.person"));
        person.setId("issue-person");
        person.setItems(query -> employees.findActivePeople(query.getFilter().orElse(null),
                PageRequest.of(query.getPage(), query.getPageSize())).stream());
        person.setItemLabelGenerator(ref -> ref.name() + " (" + ref.email() + ")");
        person.setWidthFull();
        ComboBox<Achievement> achievement = new ComboBox<>(getTranslation("certificate.manage.achievement"));
        achievement.setId("issue-achievement");
        achievement.setItems(certificates.achievements(getLocale()));
        achievement.setItemLabelGenerator(Achievement::title);
        achievement.setWidthFull();
        TextArea reason = new TextArea(getTranslation("certificate.manage.reason"));
        reason.setId("issue-reason");
        reason.setMaxLength(1000);
        reason.setWidthFull();
        Button confirm = new Button(getTranslation("certificate.manage.issue"), e -> {
            try {
                certificates.issueManually(person.getValue() == null ? null : person.getValue().employeeId(),
                        achievement.getValue() == null ? null : achievement.getValue().id(), reason.getValue());
                dialog.close();
                grid.getDataProvider().refreshAll();
                Notification.show(getTranslation("certificate.manage.issued-notice"), 3000,
                        Notification.Position.BOTTOM_START).addThemeVariants(NotificationVariant.SUCCESS);
            } catch (CertificateRuleViolation problem) {
                Notification.show(getTranslation(problem.messageKey()), 4000, Notification.Position.MIDDLE)
                        .addThemeVariants(NotificationVariant.ERROR);
            }
        });
        confirm.setId("issue-confirm");
        confirm.addThemeVariants(ButtonVariant.PRIMARY);
        Button cancel = new Button(getTranslation("certificate.manage.cancel"), e -> dialog.close());
        VerticalLayout form = new VerticalLayout(person, achievement, reason);
        form.setPadding(false);
        form.setWidth("28rem");
        dialog.add(form);
        dialog.getFooter().add(cancel, confirm);
        dialog.open();
    }

    private void confirmRevoke(IssuedCertificate certificate) {
        TextArea reason = new TextArea(getTranslation("certificate.manage.reason"));
        reason.setId("revoke-reason");
        reason.setMaxLength(1000);
        reason.setWidthFull();
        ConfirmDialog dialog = new ConfirmDialog();
        dialog.setHeader(getTranslation("certificate.manage.revoke-title"));
        VerticalLayout text = new VerticalLayout(new com.vaadin.flow.component.html.Paragraph(getTranslation(
                "certificate.manage.revoke-text", certificate.employeeName(), certificate.achievementTitle())), reason);
        text.setPadding(false);
        dialog.setText(text);
        dialog.setCancelable(true);
        dialog.setCancelText(getTranslation("certificate.manage.cancel"));
        dialog.setConfirmText(getTranslation("certificate.manage.revoke"));
        dialog.setConfirmButtonTheme("error primary");
        dialog.setCloseOnEsc(true);
        dialog.addConfirmListener(e -> {
            try {
                certificates.revoke(certificate.id(), reason.getValue());
                grid.getDataProvider().refreshAll();
                Notification.show(getTranslation("certificate.manage.revoked-notice"), 3000,
                        Notification.Position.BOTTOM_START).addThemeVariants(NotificationVariant.SUCCESS);
            } catch (CertificateRuleViolation problem) {
                Notification.show(getTranslation(problem.messageKey()), 4000, Notification.Position.MIDDLE)
                        .addThemeVariants(NotificationVariant.ERROR);
            }
        });
        dialog.open();
    }

    @Override
    public String getPageTitle() {
        return getTranslation("certificate.manage.title");
    }
}
