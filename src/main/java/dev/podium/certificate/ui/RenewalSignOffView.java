package dev.podium.certificate.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import dev.podium.certificate.CertificateRuleViolation;
import dev.podium.certificate.CertificateService;
import dev.podium.certificate.RenewalRequest;
import dev.podium.shared.Roles;
import jakarta.annotation.security.RolesAllowed;
import java.util.List;

/** The coach's light sign-off of renewals by evidence of practice. */
@Route("coach/renewals")
@RolesAllowed(Roles.COACH)
@Menu(order = 46, title = "certificate.nav.renewals", icon = "vaadin:check-square-o")
class RenewalSignOffView extends Main implements HasDynamicTitle {

    private final CertificateService certificates;
    private final Grid<RenewalRequest> grid = new Grid<>();
    private final Paragraph none = new Paragraph();

    RenewalSignOffView(CertificateService certificates) {
        this.certificates = certificates;
        addClassName("podium-page");
        none.setText(getTranslation("certificate.renewals.none"));
        none.setId("renewals-none");
        grid.setId("renewals-grid");
        grid.addColumn(RenewalRequest::employeeName).setHeader(getTranslation("certificate.renewals.employee"))
                .setAutoWidth(true);
        grid.addColumn(RenewalRequest::achievementTitle).setHeader(getTranslation("certificate.renewals.achievement"))
                .setAutoWidth(true);
        grid.addColumn(r -> Texts.date(r.expiresOn(), getLocale()))
                .setHeader(getTranslation("certificate.renewals.expires")).setAutoWidth(true);
        grid.addComponentColumn(r -> {
            Button approve = new Button(getTranslation("certificate.renewals.approve"), e -> decide(r, true));
            approve.addThemeVariants(ButtonVariant.PRIMARY, ButtonVariant.SMALL);
            Button decline = new Button(getTranslation("certificate.renewals.decline"), e -> decide(r, false));
            decline.addThemeVariants(ButtonVariant.TERTIARY, ButtonVariant.SMALL);
            return new HorizontalLayout(approve, decline);
        }).setHeader(getTranslation("grid.actions")).setAutoWidth(true);
        grid.setAllRowsVisible(true);
        add(new H2(getTranslation("certificate.renewals.title")),
                new Paragraph(getTranslation("certificate.renewals.intro")), none, grid);
        refresh();
    }

    private void decide(RenewalRequest request, boolean approve) {
        try {
            if (approve) {
                certificates.approveRenewal(request.id(), null);
            } else {
                certificates.declineRenewal(request.id(), null);
            }
            Notification.show(getTranslation(approve ? "certificate.renewals.approved"
                    : "certificate.renewals.declined"), 3000, Notification.Position.BOTTOM_START)
                    .addThemeVariants(NotificationVariant.SUCCESS);
        } catch (CertificateRuleViolation problem) {
            Notification.show(getTranslation(problem.messageKey()), 4000, Notification.Position.MIDDLE)
                    .addThemeVariants(NotificationVariant.ERROR);
        }
        refresh();
    }

    private void refresh() {
        List<RenewalRequest> waiting = certificates.renewalsToSignOff();
        grid.setItems(waiting);
        grid.setVisible(!waiting.isEmpty());
        none.setVisible(waiting.isEmpty());
    }

    @Override
    public String getPageTitle() {
        return getTranslation("certificate.renewals.title");
    }
}
