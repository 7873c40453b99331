package dev.podium.coaching.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import dev.podium.coaching.CoachingRuleViolation;
import dev.podium.coaching.CoachingService;
import dev.podium.coaching.ProgrammeRow;
import dev.podium.people.ActiveCoach;
import dev.podium.people.EmployeeRef;
import dev.podium.shared.Roles;
import jakarta.annotation.security.RolesAllowed;
import org.springframework.data.domain.PageRequest;

/** HR's list of programme participants: stage, coach and dates (never notes), assigning and reassigning. */
@Route("programmes")
@RolesAllowed(Roles.HR_ADMIN)
@Menu(order = 55, title = "coaching.nav.programmes", icon = "vaadin:road-branches")
class ProgrammesView extends Main implements HasDynamicTitle {

    private final CoachingService coaching;
    private final Grid<ProgrammeRow> grid = new Grid<>();

    ProgrammesView(CoachingService coaching) {
        this.coaching = coaching;
        addClassName("podium-page");
        setHeightFull();
        getStyle().set("display", "flex").set("flex-direction", "column").set("gap", "0.75rem");

        ComboBox<EmployeeRef> employee = new ComboBox<>(getTranslation("coaching.programmes.employee"));
        employee.setId("programme-employee");
        // fetched page by page as HR types or scrolls, never the whole organisation at once
        employee.setItems(query -> coaching.candidates(query.getFilter().orElse(null),
                PageRequest.of(query.getPage(), query.getPageSize())).stream());
        employee.setItemLabelGenerator(ref -> ref.name() + " (" + ref.email() + ")");
        employee.setWidth("24rem");
        Button assign = new Button(getTranslation("coaching.programmes.assign"), e -> {
            if (employee.getValue() == null) {
                return;
            }
            try {
                coaching.assign(employee.getValue().employeeId());
                employee.clear();
                grid.getDataProvider().refreshAll();
                Notification.show(getTranslation("coaching.programmes.assigned"))
                        .addThemeVariants(NotificationVariant.SUCCESS);
            } catch (CoachingRuleViolation problem) {
                Notification.show(getTranslation(problem.messageKey())).addThemeVariants(NotificationVariant.ERROR);
            }
        });
        assign.setId("programme-assign");
        assign.addThemeVariants(ButtonVariant.PRIMARY);
        HorizontalLayout toolbar = new HorizontalLayout(employee, assign);
        toolbar.setAlignItems(FlexComponent.Alignment.BASELINE);

        grid.setId("programme-grid");
        grid.addColumn(ProgrammeRow::participantName).setHeader(getTranslation("coaching.programmes.participant"))
                .setAutoWidth(true);
        grid.addColumn(row -> getTranslation(Texts.stage(row.stage()))).setHeader(getTranslation("coaching.stage"))
                .setAutoWidth(true);
        grid.addColumn(ProgrammeRow::coachName).setHeader(getTranslation("coaching.coach")).setAutoWidth(true);
        grid.addColumn(row -> Texts.date(row.startedAt(), getLocale()))
                .setHeader(getTranslation("coaching.programmes.started")).setAutoWidth(true);
        grid.addColumn(row -> Texts.date(row.lastProgressAt(), getLocale()))
                .setHeader(getTranslation("coaching.programmes.last-progress")).setAutoWidth(true);
        grid.addComponentColumn(row -> {
            Button reassign = new Button(getTranslation("coaching.programmes.reassign"), e -> reassign(row));
            reassign.addThemeVariants(ButtonVariant.TERTIARY);
            reassign.setEnabled(row.stage().open());
            return reassign;
        }).setHeader(getTranslation("grid.actions")).setAutoWidth(true);
        grid.setItems(query -> coaching.programmes(PageRequest.of(query.getPage(), query.getPageSize())).stream());
        grid.setSizeFull();
        add(toolbar, grid);
    }

    private void reassign(ProgrammeRow row) {
        Dialog dialog = new Dialog();
        dialog.setId("reassign-dialog");
        dialog.setHeaderTitle(getTranslation("coaching.programmes.reassign-title", row.participantName()));
        ComboBox<ActiveCoach> coach = new ComboBox<>(getTranslation("coaching.coach"));
        coach.setId("reassign-coach");
        coach.setItems(coaching.coaches());
        coach.setItemLabelGenerator(c -> c.name() + " (" + c.locale().getDisplayLanguage(getLocale()) + ")"
                + (c.id().equals(row.coach()) ? " – " + getTranslation("coaching.programmes.current") : ""));
        dialog.add(coach);
        Button save = new Button(getTranslation("coaching.programmes.reassign"), e -> {
            if (coach.getValue() == null) {
                // a click that did nothing looked broken: say what is missing, on the field
                coach.setErrorMessage(getTranslation("coach.choose-first"));
                coach.setInvalid(true);
                coach.focus();
                return;
            }
            try {
                coaching.reassignCoach(row.programmeId(), coach.getValue().id());
                dialog.close();
                grid.getDataProvider().refreshAll();
            } catch (CoachingRuleViolation problem) {
                Notification.show(getTranslation(problem.messageKey())).addThemeVariants(NotificationVariant.ERROR);
            }
        });
        save.setId("reassign-save");
        save.addThemeVariants(ButtonVariant.PRIMARY);
        dialog.getFooter().add(new Button(getTranslation("coaching.cancel"), e -> dialog.close()), save);
        dialog.open();
    }

    @Override
    public String getPageTitle() {
        return getTranslation("coaching.nav.programmes");
    }
}
