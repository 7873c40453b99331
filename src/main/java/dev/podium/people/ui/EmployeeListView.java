package dev.podium.people.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.badge.Badge;
import com.vaadin.flow.component.badge.BadgeVariant;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridSortOrder;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.PasswordField;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.provider.CallbackDataProvider;
import com.vaadin.flow.data.provider.QuerySortOrder;
import com.vaadin.flow.data.provider.SortDirection;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.spring.data.VaadinSpringDataHelpers;
import dev.podium.people.DepartmentSummary;
import dev.podium.people.EmployeeDetails;
import dev.podium.people.EmployeeFilter;
import dev.podium.people.EmployeeRef;
import dev.podium.people.EmployeeService;
import dev.podium.people.EmployeeSummary;
import dev.podium.people.ErasureOutcome;
import dev.podium.people.ErasureRequest;
import dev.podium.people.ErasureService;
import dev.podium.people.PeopleRuleViolation;
import dev.podium.security.InvitationOutcome;
import dev.podium.security.InvitationStatus;
import dev.podium.security.MailNotConfigured;
import dev.podium.security.PasswordPolicyViolation;
import dev.podium.security.SignInLinkService;
import dev.podium.shared.Roles;
import dev.podium.shared.CurrentUser;
import dev.podium.shared.EmployeeId;
import jakarta.annotation.security.RolesAllowed;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Collectors;
import org.springframework.data.domain.PageRequest;

/** HR's register of people: a lazy list with filters, and a dialog to create, edit and switch off accounts. */
@Route("employees")
@RolesAllowed(Roles.HR_ADMIN)
@Menu(order = 50, title = "nav.employees", icon = "vaadin:users")
class EmployeeListView extends Main implements HasDynamicTitle {

    private final EmployeeService employees;
    private final Grid<EmployeeSummary> grid = new Grid<>();
    private final TextField search = new TextField();
    private final ComboBox<DepartmentSummary> departmentFilter = new ComboBox<>();
    private final Select<StatusFilter> statusFilter = new Select<>();
    private List<DepartmentSummary> departments;
    private final SignInLinkService invitations;
    /** Invitation state of the rows fetched last, read with each page (one query per page). */
    private final Map<EmployeeId, InvitationStatus> invitationStates = new ConcurrentHashMap<>();

    private final ErasureService erasures;
    private final CurrentUser currentUser;

    EmployeeListView(EmployeeService employees, SignInLinkService invitations, ErasureService erasures,
            CurrentUser currentUser) {
        this.employees = employees;
        this.invitations = invitations;
        this.erasures = erasures;
        this.currentUser = currentUser;
        addClassName("podium-page");
        setHeightFull();
        getStyle().set("display", "flex").set("flex-direction", "column").set("gap", "0.75rem");
        departments = employees.departments();

        search.setPlaceholder(getTranslation("employees.search"));
        search.setPrefixComponent(VaadinIcon.SEARCH.create());
        search.setValueChangeMode(ValueChangeMode.LAZY);
        search.setClearButtonVisible(true);
        search.setId("employee-search");
        search.addValueChangeListener(e -> refresh());
        departmentFilter.setPlaceholder(getTranslation("employees.all-departments"));
        departmentFilter.setItems(departments);
        departmentFilter.setItemLabelGenerator(d -> d.name() + " (" + d.countryCode() + ")");
        departmentFilter.setClearButtonVisible(true);
        departmentFilter.addValueChangeListener(e -> refresh());
        statusFilter.setItems(StatusFilter.values());
        statusFilter.setItemLabelGenerator(s -> getTranslation(s.messageKey));
        statusFilter.setValue(StatusFilter.ACTIVE);
        statusFilter.addValueChangeListener(e -> refresh());
        Button add = new Button(getTranslation("employees.new"), VaadinIcon.PLUS.create(), e -> openEditor(null));
        add.addThemeVariants(ButtonVariant.PRIMARY);
        add.setId("employee-new");
        Button inviteSelected = new Button(getTranslation("employees.invite-selected"), VaadinIcon.ENVELOPE.create(),
                e -> invite(grid.getSelectedItems().stream().map(EmployeeSummary::id).toList()));
        inviteSelected.setId("employee-invite-selected");
        HorizontalLayout toolbar = new HorizontalLayout(search, departmentFilter, statusFilter, add, inviteSelected);
        toolbar.setAlignItems(FlexComponent.Alignment.BASELINE);
        toolbar.setWrap(true);

        grid.addColumn(EmployeeSummary::fullName).setHeader(getTranslation("employee.name")).setKey("name")
                .setSortable(true).setSortProperty("name").setWidth("9rem").setFlexGrow(2);
        grid.addColumn(EmployeeSummary::email).setHeader(getTranslation("employee.email")).setKey("email")
                .setSortable(true).setSortProperty("email").setWidth("11rem").setFlexGrow(2);
        grid.addColumn(EmployeeSummary::departmentName).setHeader(getTranslation("employee.department"))
                .setSortable(true).setSortProperty("department").setWidth("7rem").setFlexGrow(1);
        grid.addColumn(EmployeeSummary::countryCode).setHeader(getTranslation("employee.country"))
                .setSortable(true).setSortProperty("country").setWidth("4.5rem").setFlexGrow(0);
        grid.addColumn(EmployeeSummary::lineManagerName).setHeader(getTranslation("employee.line-manager"))
                .setWidth("8rem").setFlexGrow(1);
        grid.addColumn(summary -> summary.roles().stream().sorted()
                .map(role -> getTranslation(role.messageKey())).collect(Collectors.joining(", ")))
                .setHeader(getTranslation("employee.roles")).setWidth("7rem").setFlexGrow(1);
        grid.addComponentColumn(this::accountBadge).setHeader(getTranslation("employee.account")).setWidth("6.5rem")
                .setFlexGrow(0);
        grid.addColumn(summary -> Optional.ofNullable(invitationStates.get(summary.id()))
                .map(InvitationStatus::invitedAt).map(this::date).orElse(""))
                .setHeader(getTranslation("employees.invited-column")).setKey("invited").setWidth("6.5rem").setFlexGrow(0);
        grid.addColumn(summary -> Optional.ofNullable(invitationStates.get(summary.id()))
                .map(status -> getTranslation(status.signedIn() ? "employees.signed-in-yes" : "employees.signed-in-no"))
                .orElse("")).setHeader(getTranslation("employees.signed-in-column")).setKey("signed-in")
                .setWidth("5.5rem").setFlexGrow(0);
        // fixed widths that add up to what a 1366 px screen has beside the menu (auto widths pushed the last
        // columns out of sight); a long cell is ellipsised, and a person may widen a column
        grid.getColumns().forEach(column -> column.setResizable(true));
        grid.setSelectionMode(Grid.SelectionMode.MULTI);
        grid.setItems(query -> {
            List<EmployeeSummary> page = employees.search(filter(), PageRequest.of(query.getPage(),
                    query.getPageSize(), VaadinSpringDataHelpers.toSpringDataSort(query)));
            invitationStates.putAll(invitations.invitations(page.stream().map(EmployeeSummary::id).toList()));
            return page.stream();
        });
        grid.sort(List.of(new GridSortOrder<>(grid.getColumnByKey("name"), SortDirection.ASCENDING)));
        grid.addItemClickListener(e -> openEditor(e.getItem().id()));
        grid.setId("employee-grid");
        grid.setSizeFull();
        add(toolbar, grid);
    }

    private Component accountBadge(EmployeeSummary summary) {
        Badge badge = new Badge(getTranslation("account-state." + summary.accountState().name().toLowerCase()));
        switch (summary.accountState()) {
            case ACTIVE -> badge.addThemeVariants(BadgeVariant.SUCCESS);
            case LOCKED, DEACTIVATED, MISSING -> badge.addThemeVariants(BadgeVariant.ERROR);
            case NO_PASSWORD -> badge.addThemeVariants(BadgeVariant.WARNING);
        }
        return badge;
    }

    private EmployeeFilter filter() {
        DepartmentSummary department = departmentFilter.getValue();
        return new EmployeeFilter(search.getValue(), department == null ? null : department.id(),
                statusFilter.getValue().active);
    }

    private void refresh() {
        grid.getDataProvider().refreshAll();
    }

    private void openEditor(EmployeeId id) {
        Dialog dialog = new Dialog();
        dialog.setId("employee-dialog");
        dialog.setWidth("min(48rem, 95vw)");
        CallbackDataProvider.FetchCallback<EmployeeRef, String> managers = query -> employees.findActivePeople(
                query.getFilter().orElse(null), PageRequest.of(query.getPage(), query.getPageSize())).stream();
        EmployeeForm form = new EmployeeForm(departments, managers);
        Optional<EmployeeDetails> details = Optional.ofNullable(id).map(employees::open);
        form.edit(details.map(EmployeeDetails::draft).orElse(null),
                details.flatMap(EmployeeDetails::lineManager), departments);
        dialog.setHeaderTitle(details.map(EmployeeDetails::fullName).orElse(getTranslation("employees.new")));
        form.addCancelListener(e -> dialog.close());
        form.addNewDepartmentListener(e -> {
            if (e.countryCode() == null) {
                form.showProblem("department", getTranslation("employee.error.department-country-first"));
                return;
            }
            try {
                DepartmentSummary created = employees.ensureDepartment(e.name(), e.countryCode());
                departments = employees.departments();
                departmentFilter.setItems(departments);
                form.departmentCreated(departments, created);
                notifySuccess(getTranslation("employees.department-created", created.name()));
            } catch (PeopleRuleViolation violation) {
                form.showProblem("department", getTranslation(violation.messageKey()));
            }
        });
        form.addSaveListener(e -> {
            try {
                if (id == null) {
                    employees.register(e.draft());
                } else {
                    employees.update(id, e.draft());
                }
                dialog.close();
                refresh();
                notifySuccess(getTranslation("employees.saved", e.draft().firstName() + " " + e.draft().lastName()));
            } catch (PeopleRuleViolation violation) {
                form.showProblem(violation.field(), getTranslation(violation.messageKey()));
                notifyError(getTranslation(violation.messageKey()));
            }
        });
        dialog.add(form);
        details.ifPresent(d -> dialog.add(new AccountPanel(d, dialog)));
        details.ifPresent(d -> dialog.add(new ErasurePanel(d, dialog)));
        dialog.open();
    }

    private void invite(List<EmployeeId> ids) {
        if (ids.isEmpty()) {
            notifyError(getTranslation("employees.select-first"));
            return;
        }
        try {
            InvitationOutcome outcome = invitations.invite(ids);
            grid.deselectAll();
            refresh();
            notifySuccess(getTranslation("employees.invitations-sent", outcome.sent(), outcome.skipped(),
                    outcome.failed()));
        } catch (MailNotConfigured notConfigured) {
            notifyError(getTranslation("employees.mail-not-configured"));
        }
    }

    private String date(java.time.Instant instant) {
        return DateTimeFormatter.ofLocalizedDateTime(FormatStyle.SHORT).withLocale(getLocale())
                .withZone(ZoneOffset.UTC).format(instant);
    }

    private void notifySuccess(String text) {
        Notification.show(text, 3000, Notification.Position.BOTTOM_START)
                .addThemeVariants(NotificationVariant.SUCCESS);
    }

    private void notifyError(String text) {
        Notification.show(text, 5000, Notification.Position.MIDDLE).addThemeVariants(NotificationVariant.ERROR);
    }

    /** The account part of the dialog: state, unlock, a starting password, deactivate or reactivate. */
    private final class AccountPanel extends HorizontalLayout {

        AccountPanel(EmployeeDetails details, Dialog dialog) {
            setAlignItems(FlexComponent.Alignment.BASELINE);
            setWrap(true);
            getStyle().set("margin-top", "1rem");
            EmployeeId id = details.id();
            Span state = new Span();
            state.setId("account-state");
            Button unlock = new Button(getTranslation("employees.unlock"), e -> {
                employees.unlockAccount(id);
                dialog.close();
                refresh();
                notifySuccess(getTranslation("employees.unlocked", details.fullName()));
            });
            unlock.setId("employee-unlock");
            details.account().ifPresent(account -> {
                boolean locked = account.locked();
                state.setText(locked
                        ? getTranslation("employees.locked-until",
                                DateTimeFormatter.ofLocalizedDateTime(FormatStyle.SHORT).withLocale(getLocale())
                                        .withZone(ZoneOffset.UTC).format(account.lockedUntil()))
                        : getTranslation(account.passwordSet() ? "employees.password-set" : "employees.no-password"));
                add(state);
                if (locked) {
                    add(unlock);
                }
            });
            PasswordField password = new PasswordField();
            password.setPlaceholder(getTranslation("employees.new-password"));
            password.setId("employee-password");
            Button setPassword = new Button(getTranslation("employees.set-password"), e -> {
                try {
                    employees.setPassword(id, password.getValue());
                    password.clear();
                    password.setInvalid(false);
                    // a new password also lifts a lock: show what is true now, here and in the list behind
                    state.setText(getTranslation("employees.password-set"));
                    unlock.setVisible(false);
                    refresh();
                    notifySuccess(getTranslation("employees.password-saved", details.fullName()));
                } catch (PasswordPolicyViolation violation) {
                    password.setErrorMessage(getTranslation(violation.messageKey()));
                    password.setInvalid(true);
                }
            });
            add(password, setPassword);
            if (details.active()) {
                Button invite = new Button(getTranslation(details.account().isPresent()
                        && invitations.invitations(List.of(id)).getOrDefault(id,
                                new InvitationStatus(id, null, null)).invitedAt() != null
                        ? "employees.resend-invitation" : "employees.invite-dialog"),
                        VaadinIcon.ENVELOPE.create(), e -> {
                            invite(List.of(id));
                            dialog.close();
                        });
                invite.setId("employee-invite");
                add(invite);
            }
            Button toggle = details.active()
                    ? new Button(getTranslation("employees.deactivate"), e -> {
                        try {
                            employees.deactivate(id);
                            dialog.close();
                            refresh();
                            notifySuccess(getTranslation("employees.deactivated", details.fullName()));
                        } catch (PeopleRuleViolation violation) {
                            notifyError(getTranslation(violation.messageKey()));
                        }
                    })
                    : new Button(getTranslation("employees.reactivate"), e -> {
                        employees.reactivate(id);
                        dialog.close();
                        refresh();
                        notifySuccess(getTranslation("employees.reactivated", details.fullName()));
                    });
            toggle.setId(details.active() ? "employee-deactivate" : "employee-reactivate");
            if (details.active()) {
                toggle.addThemeVariants(ButtonVariant.ERROR);
            }
            add(toggle);
        }
    }

    /**
     * "Erase now": HR erases a person's personal data on request, with a reason and a confirmation that names what
     * goes and what is kept; with a second approval configured, the request waits here for another HR administrator.
     */
    private final class ErasurePanel extends Div {

        ErasurePanel(EmployeeDetails details, Dialog dialog) {
            setId("erasure-panel");
            getStyle().set("margin-top", "1rem");
            EmployeeId id = details.id();
            if (erasures.isErased(id)) {
                add(new Paragraph(getTranslation("erasure.already-erased")));
                return;
            }
            Optional<ErasureRequest> pending = erasures.pendingFor(id);
            if (pending.isPresent()) {
                ErasureRequest request = pending.get();
                Paragraph waiting = new Paragraph(getTranslation("erasure.pending", request.requestedByName(),
                        date(request.requestedAt()), request.reason()));
                waiting.setId("erasure-pending");
                add(waiting);
                if (currentUser.get().map(user -> user.employeeId().equals(request.requestedBy())).orElse(false)) {
                    add(new Paragraph(getTranslation("erasure.pending-own")));
                    return;
                }
                Button approve = new Button(getTranslation("erasure.approve"), e -> decide(() -> {
                    erasures.approve(request.id());
                    notifySuccess(getTranslation("erasure.erased"));
                }, dialog));
                approve.addThemeVariants(ButtonVariant.ERROR, ButtonVariant.PRIMARY);
                approve.setId("erasure-approve");
                Button reject = new Button(getTranslation("erasure.reject"), e -> decide(() -> {
                    erasures.reject(request.id());
                    notifySuccess(getTranslation("erasure.rejected"));
                }, dialog));
                reject.setId("erasure-reject");
                add(new HorizontalLayout(approve, reject));
                return;
            }
            Button erase = new Button(getTranslation("erasure.erase-now"), VaadinIcon.ERASER.create(),
                    e -> confirm(details, dialog));
            erase.addThemeVariants(ButtonVariant.ERROR, ButtonVariant.TERTIARY);
            erase.setId("erasure-erase-now");
            add(erase);
        }

        private void confirm(EmployeeDetails details, Dialog editor) {
            Dialog confirm = new Dialog();
            confirm.setId("erasure-dialog");
            confirm.setWidth("min(40rem, 95vw)");
            confirm.setHeaderTitle(getTranslation("erasure.confirm-title", details.fullName()));
            UnorderedList goes = new UnorderedList(new ListItem(getTranslation("erasure.goes.record")),
                    new ListItem(getTranslation("erasure.goes.activity")),
                    new ListItem(getTranslation("erasure.goes.learning")),
                    new ListItem(getTranslation("erasure.goes.coaching")),
                    new ListItem(getTranslation("erasure.goes.mentions")));
            UnorderedList kept = new UnorderedList(new ListItem(getTranslation("erasure.kept.certificates")),
                    new ListItem(getTranslation("erasure.kept.attestations")),
                    new ListItem(getTranslation("erasure.kept.figures")));
            TextArea reason = new TextArea(getTranslation("erasure.reason"));
            reason.setId("erasure-reason");
            reason.setRequired(true);
            reason.setMaxLength(1000);
            reason.setWidthFull();
            Paragraph approval = new Paragraph(getTranslation(erasures.secondApprovalRequired()
                    ? "erasure.second-approval-note" : "erasure.irreversible"));
            confirm.add(new Paragraph(getTranslation("erasure.goes")), goes,
                    new Paragraph(getTranslation("erasure.kept")), kept, approval, reason);
            Button go = new Button(getTranslation("erasure.confirm"), e -> {
                try {
                    ErasureOutcome outcome = erasures.requestErasure(details.id(), reason.getValue());
                    confirm.close();
                    editor.close();
                    refresh();
                    notifySuccess(getTranslation(outcome == ErasureOutcome.ERASED ? "erasure.erased"
                            : "erasure.requested"));
                } catch (PeopleRuleViolation violation) {
                    reason.setErrorMessage(getTranslation(violation.messageKey(), violation.arguments()));
                    reason.setInvalid(true);
                }
            });
            go.addThemeVariants(ButtonVariant.ERROR, ButtonVariant.PRIMARY);
            go.setId("erasure-confirm");
            Button cancel = new Button(getTranslation("action.cancel"), e -> confirm.close());
            confirm.getFooter().add(cancel, go);
            confirm.open();
        }

        private void decide(Runnable decision, Dialog dialog) {
            try {
                decision.run();
                dialog.close();
                refresh();
            } catch (PeopleRuleViolation violation) {
                notifyError(getTranslation(violation.messageKey(), violation.arguments()));
            }
        }
    }

    private enum StatusFilter {
        ACTIVE(Boolean.TRUE, "employees.status.active"),
        FORMER(Boolean.FALSE, "employees.status.former"),
        ALL(null, "employees.status.all");

        final Boolean active;
        final String messageKey;

        StatusFilter(Boolean active, String messageKey) {
            this.active = active;
            this.messageKey = messageKey;
        }
    }

    @Override
    public String getPageTitle() {
        return getTranslation("nav.employees");
    }
}
