package dev.podium.audit.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.router.Route;
import dev.podium.audit.AuditDetails;
import dev.podium.audit.AuditRuleViolation;
import dev.podium.audit.AuditService;
import dev.podium.audit.AuditStatus;
import dev.podium.audit.CoachReview;
import dev.podium.audit.ItemScore;
import dev.podium.audit.RubricItem;
import dev.podium.people.ActiveCoach;
import dev.podium.shared.CurrentUser;
import dev.podium.shared.Role;
import dev.podium.shared.Roles;
import jakarta.annotation.security.RolesAllowed;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.security.access.AccessDeniedException;

/**
 * One audit under review. The assigned coach scores the coach items with a comment each and approves or asks for a
 * revision; HR sees status and scores and may give the review to another coach. Both see the rounds so far.
 */
@Route("coach/audits/:auditId")
@RolesAllowed({Roles.COACH, Roles.HR_ADMIN})
class AuditReviewView extends Main implements BeforeEnterObserver, HasDynamicTitle {

    private final AuditService audits;
    private final CurrentUser currentUser;
    private final Map<RubricItem, IntegerField> points = new EnumMap<>(RubricItem.class);
    private final Map<RubricItem, TextField> comments = new EnumMap<>(RubricItem.class);
    private final Span total = new Span();
    /** Why a decision was refused, beside the buttons, until the coach changes a field. */
    private final Span problem = new Span();
    private AuditDetails audit;

    AuditReviewView(AuditService audits, CurrentUser currentUser) {
        this.audits = audits;
        this.currentUser = currentUser;
        addClassName("podium-page");
        getStyle().set("display", "flex").set("flex-direction", "column").set("gap", "0.75rem");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        Optional<Long> id = event.getRouteParameters().get("auditId").filter(s -> s.matches("\\d{1,18}"))
                .map(Long::valueOf);
        try {
            audit = id.map(audits::audit).orElse(null);
        } catch (AccessDeniedException e) {
            audit = null;
        }
        if (audit == null) {
            // not theirs (any more) looks the same as an address that does not exist
            event.rerouteToError(NotFoundException.class);
            return;
        }
        render();
    }

    private void render() {
        removeAll();
        points.clear();
        comments.clear();
        Paragraph status = new Paragraph(getTranslation("audit.ui.review.status", audit.employeeName(),
                AuditTexts.status(this, audit.status()), audit.coachName() == null ? "–" : audit.coachName(),
                AuditTexts.date(audit.reviewDueAt())));
        status.setId("audit-review-status");
        add(status);
        if (audit.finalScore() != null) {
            add(new H2(getTranslation("audit.ui.final-score", audit.finalScore())));
        }
        boolean reviewing = audit.status() == AuditStatus.IN_REVIEW && audit.textsShown()
                && currentUser.get().map(me -> me.employeeId().equals(audit.coach())).orElse(false);
        if (reviewing) {
            add(reviewForm());
        } else if (audit.textsShown()) {
            add(AuditTexts.rubric(this, audit.currentRound(), true));
        }
        if (currentUser.hasRole(Role.HR_ADMIN) && audit.status().open()) {
            add(reassign());
        }
        add(new H2(getTranslation("audit.ui.history")), AuditTexts.history(this, audit));
    }

    private Div reviewForm() {
        AuditDetails.Round round = audit.currentRound();
        Grid<ItemScore> grid = new Grid<>();
        grid.setId("audit-rubric");
        grid.addColumn(s -> getTranslation(s.item().key())).setHeader(getTranslation("audit.ui.item")).setAutoWidth(true);
        grid.addColumn(s -> AuditTexts.autoPoints(this, s)).setHeader(getTranslation("audit.ui.auto-points"))
                .setAutoWidth(true);
        grid.addComponentColumn(this::evidenceCell).setHeader(getTranslation("audit.ui.evidence")).setFlexGrow(2);
        grid.addComponentColumn(s -> {
            if (s.coachMax() == 0) {
                return new Span(getTranslation("audit.ui.automatic-only"));
            }
            String name = getTranslation(s.item().key());
            IntegerField field = new IntegerField();
            field.setId("audit-points-" + s.item().key().substring("audit.item.".length()));
            field.setMin(0);
            field.setMax(s.coachMax());
            // the field itself refuses points out of the item's range and says which item and range
            String outOfRange = getTranslation("audit.ui.review.points-out-of-range", name, s.coachMax());
            field.setI18n(new IntegerField.IntegerFieldI18n().setMinErrorMessage(outOfRange)
                    .setMaxErrorMessage(outOfRange).setBadInputErrorMessage(outOfRange));
            field.setStepButtonsVisible(true);
            field.setSuffixComponent(new Span("/ " + s.coachMax()));
            field.setValue(audit.startingReview(s.item()).points());
            // on the field's own input (the host's aria-label does not reach it)
            field.setAriaLabel(getTranslation("audit.ui.coach-points-for", name));
            field.addValueChangeListener(e -> {
                updateTotal(round);
                problem.setVisible(false);
            });
            points.put(s.item(), field);
            return field;
        }).setHeader(getTranslation("audit.ui.coach-points")).setWidth("10rem").setFlexGrow(0);
        grid.addComponentColumn(s -> {
            TextField field = new TextField();
            field.setId("audit-comment-" + s.item().key().substring("audit.item.".length()));
            field.setMaxLength(2000);
            field.setWidthFull();
            String comment = audit.startingReview(s.item()).comment();
            field.setValue(comment == null ? "" : comment);
            field.setTooltipText(comment);
            field.setAriaLabel(getTranslation("audit.ui.comment-for", getTranslation(s.item().key())));
            comments.put(s.item(), field);
            return field;
        }).setHeader(getTranslation("audit.ui.comment")).setFlexGrow(1);
        grid.setItems(round.items());
        grid.setAllRowsVisible(true);
        grid.addThemeVariants(GridVariant.LUMO_WRAP_CELL_CONTENT);
        total.setId("audit-total");
        updateTotal(round);
        problem.setId("audit-review-problem");
        problem.getElement().setAttribute("role", "alert");
        problem.getStyle().set("color", "var(--lumo-error-text-color, #b00020)");
        problem.setVisible(false);
        Button approve = new Button(getTranslation("audit.ui.review.approve"), e -> decide(true));
        approve.setId("audit-approve");
        approve.addThemeVariants(ButtonVariant.PRIMARY);
        Button revise = new Button(getTranslation("audit.ui.review.request-revision"), e -> decide(false));
        revise.setId("audit-request-revision");
        // a Div: the view is already the page's one <main>
        Div form = new Div(grid, total, problem, new HorizontalLayout(approve, revise));
        audit.previousRound().ifPresent(before -> {
            Paragraph carried = new Paragraph(getTranslation("audit.ui.review.carried", round.number(),
                    before.number(), round.changes().stream().filter(AuditDetails.ItemChange::evidenceChanged).count()));
            carried.setId("audit-review-carried");
            form.addComponentAsFirst(carried);
        });
        form.getStyle().set("display", "flex").set("flex-direction", "column").set("gap", "0.5rem");
        return form;
    }

    private void updateTotal(AuditDetails.Round round) {
        int coach = points.values().stream().mapToInt(field -> field.getValue() == null ? 0 : field.getValue()).sum();
        total.setText(getTranslation("audit.ui.review.total", round.autoPoints() + coach, round.autoPoints(), coach));
    }

    /** The evidence of an item, and what it said in the round before when it changed since. */
    private Div evidenceCell(ItemScore score) {
        Div cell = new Div(new Span(AuditTexts.evidence(this, score, true)));
        cell.setId("audit-evidence-" + score.item().key().substring("audit.item.".length()));
        audit.earlierEvidence(score.item()).ifPresent(before -> {
            Span changed = new Span(getTranslation("audit.ui.review.evidence-before",
                    AuditTexts.evidence(this, before, true), AuditTexts.autoPoints(this, before)));
            changed.addClassName("audit-evidence-before");
            changed.getStyle().set("display", "block").set("color", "var(--lumo-secondary-text-color, #555)")
                    .set("font-size", "var(--lumo-font-size-s, 0.875rem)");
            cell.add(changed);
        });
        return cell;
    }

    private void decide(boolean approve) {
        for (ItemScore score : audit.currentRound().items()) {
            IntegerField field = points.get(score.item());
            Integer value = field == null ? null : field.getValue();
            if (field != null && (field.isInvalid() || value != null && (value < 0 || value > score.coachMax()))) {
                problem.setText(getTranslation("audit.ui.review.points-out-of-range",
                        getTranslation(score.item().key()), score.coachMax()));
                problem.setVisible(true);
                field.focus();
                return;
            }
        }
        List<CoachReview> reviews = new ArrayList<>();
        for (ItemScore score : audit.currentRound().items()) {
            IntegerField field = points.get(score.item());
            reviews.add(new CoachReview(score.item(), field == null ? null : field.getValue(),
                    comments.get(score.item()).getValue()));
        }
        try {
            if (approve) {
                int score = audits.approve(audit.auditId(), reviews);
                Notification.show(getTranslation("audit.ui.review.approved", score))
                        .addThemeVariants(NotificationVariant.SUCCESS);
            } else {
                audits.requestRevision(audit.auditId(), reviews);
                Notification.show(getTranslation("audit.ui.review.revision-requested"))
                        .addThemeVariants(NotificationVariant.SUCCESS);
            }
            getUI().ifPresent(ui -> ui.navigate("coach/audits"));
        } catch (AuditRuleViolation e) {
            problem.setText(getTranslation(e.messageKey()));
            problem.setVisible(true);
        }
    }

    private HorizontalLayout reassign() {
        ComboBox<ActiveCoach> coach = new ComboBox<>(getTranslation("audit.ui.review.reassign-to"));
        coach.setId("audit-reassign-coach");
        coach.setItems(audits.coaches());
        coach.setItemLabelGenerator(c -> c.name() + " (" + c.locale().getDisplayLanguage(getLocale()) + ")");
        Button reassign = new Button(getTranslation("audit.ui.review.reassign"), e -> {
            if (coach.getValue() == null) {
                // a click that did nothing looked broken: say what is missing, on the field
                coach.setErrorMessage(getTranslation("coach.choose-first"));
                coach.setInvalid(true);
                coach.focus();
                return;
            }
            try {
                audits.reassign(audit.auditId(), coach.getValue().id());
                Notification.show(getTranslation("audit.ui.review.reassigned", coach.getValue().name()))
                        .addThemeVariants(NotificationVariant.SUCCESS);
                audit = audits.audit(audit.auditId());
                render();
            } catch (AuditRuleViolation problem) {
                Notification.show(getTranslation(problem.messageKey()), 8000, Notification.Position.MIDDLE)
                        .addThemeVariants(NotificationVariant.ERROR);
            }
        });
        reassign.setId("audit-reassign");
        HorizontalLayout row = new HorizontalLayout(coach, reassign);
        row.setAlignItems(HorizontalLayout.Alignment.BASELINE);
        return row;
    }

    @Override
    public String getPageTitle() {
        return audit == null ? getTranslation("audit.ui.nav.inbox")
                : getTranslation("audit.ui.review.title", audit.employeeName());
    }
}
