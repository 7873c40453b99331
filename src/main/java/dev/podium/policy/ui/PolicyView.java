package dev.podium.policy.ui;

import com.vaadin.flow.component.Html;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.router.Route;
import dev.podium.policy.Attestation;
import dev.podium.policy.PolicyPage;
import dev.podium.policy.PolicyRuleViolation;
import dev.podium.policy.PolicyService;
import dev.podium.shared.Roles;
import jakarta.annotation.security.RolesAllowed;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;

/** A policy to read and attest, with the person's own attestations. */
@Route("policies/:policyId")
@RolesAllowed({Roles.EMPLOYEE, Roles.COACH, Roles.LINE_MANAGER, Roles.HR_ADMIN})
class PolicyView extends Main implements BeforeEnterObserver, HasDynamicTitle {

    private final PolicyService policies;
    private PolicyPage page;

    PolicyView(PolicyService policies) {
        this.policies = policies;
        addClassName("podium-page");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        page = event.getRouteParameters().get("policyId")
                .flatMap(id -> policies.policy(id, UI.getCurrent().getLocale())).orElse(null);
        if (page == null) {
            event.rerouteToError(NotFoundException.class);
            return;
        }
        render();
    }

    private void render() {
        removeAll();
        H2 title = new H2(page.title());
        title.setId("policy-title");
        Span version = new Span(getTranslation("policy.version", page.version()));
        version.addClassName("podium-muted");
        Html text = new Html("<div class=\"podium-lesson-text\">" + page.safeHtml() + "</div>");
        text.setId("policy-text");
        add(title, version, text);
        if (page.attestationDue()) {
            Checkbox understood = new Checkbox(getTranslation("policy.understood", page.version()));
            understood.setId("policy-understood");
            Button attest = new Button(getTranslation("policy.attest"), event -> attest());
            attest.setId("policy-attest");
            attest.addThemeVariants(ButtonVariant.PRIMARY);
            attest.setEnabled(false);
            understood.addValueChangeListener(event -> attest.setEnabled(event.getValue()));
            add(new H3(getTranslation("policy.attest-title")), new Paragraph(getTranslation("policy.attest-intro")),
                    understood, attest);
        } else {
            Paragraph done = new Paragraph(getTranslation("policy.attested-current", page.version()));
            done.setId("policy-attested");
            done.addClassName("podium-success");
            add(done);
        }
        if (!page.myAttestations().isEmpty()) {
            DateTimeFormatter when = DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM)
                    .withLocale(getLocale()).withZone(ZoneId.systemDefault());
            DateTimeFormatter date = DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM).withLocale(getLocale());
            Grid<Attestation> history = new Grid<>();
            history.setId("policy-history");
            history.addColumn(attestation -> when.format(attestation.attestedAt()))
                    .setHeader(getTranslation("policy.history.when")).setAutoWidth(true);
            history.addColumn(Attestation::policyVersion).setHeader(getTranslation("policy.history.version"));
            history.addColumn(Attestation::locale).setHeader(getTranslation("policy.history.language"));
            history.addColumn(attestation -> date.format(attestation.renewalDue()))
                    .setHeader(getTranslation("policy.history.renewal"));
            history.addColumn(attestation -> attestation.textSha256().substring(0, 12))
                    .setHeader(getTranslation("policy.history.fingerprint"));
            history.setItems(page.myAttestations());
            history.setAllRowsVisible(true);
            add(new H3(getTranslation("policy.history")), history);
        }
    }

    private void attest() {
        try {
            policies.attest(page.policyId(), page.version(), page.textSha256(), UI.getCurrent().getLocale());
            Notification.show(getTranslation("policy.attested-notice"), 3000, Notification.Position.BOTTOM_START)
                    .addThemeVariants(NotificationVariant.SUCCESS);
        } catch (PolicyRuleViolation violation) {
            Notification.show(getTranslation(violation.messageKey()), 5000, Notification.Position.MIDDLE)
                    .addThemeVariants(NotificationVariant.ERROR);
        }
        page = policies.policy(page.policyId(), UI.getCurrent().getLocale()).orElse(page);
        render();
    }

    @Override
    public String getPageTitle() {
        return page == null ? getTranslation("policy.coverage") : page.title();
    }
}
