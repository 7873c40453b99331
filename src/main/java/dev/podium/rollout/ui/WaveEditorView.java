package dev.podium.rollout.ui;

import com.vaadin.flow.component.DetachEvent;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.html.H4;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.checkbox.CheckboxGroup;
import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.progressbar.ProgressBar;
import com.vaadin.flow.shared.Registration;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.router.Route;
import dev.podium.course.CourseService;
import dev.podium.course.CourseSummary;
import dev.podium.people.DepartmentSummary;
import dev.podium.people.EmployeeService;
import dev.podium.people.ListedPeople;
import dev.podium.rollout.RolloutRuleViolation;
import dev.podium.rollout.WaveDetails;
import dev.podium.rollout.WaveMember;
import dev.podium.rollout.WavePlan;
import dev.podium.rollout.WaveProgress;
import dev.podium.rollout.WaveService;
import dev.podium.rollout.WaveState;
import dev.podium.security.InvitationOutcome;
import dev.podium.security.MailNotConfigured;
import dev.podium.shared.Roles;
import dev.podium.shared.EmployeeId;
import jakarta.annotation.security.RolesAllowed;
import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * One wave through the programme's steps on one page: objectives, plan, launch, stay involved. Each step opens when
 * the one before is done.
 */
@Route("waves/:waveId")
@RolesAllowed(Roles.HR_ADMIN)
class WaveEditorView extends Main implements BeforeEnterObserver, HasDynamicTitle {

    /** The app has no server push: while a launch enrols the members, the page asks for news this often. */
    private static final int POLL_MILLIS = 500;

    private final WaveService waves;
    private final EmployeeService employees;
    private final CourseService courses;
    private final Clock clock;
    private Long waveId;
    private Set<EmployeeId> listed = Set.of();
    private Registration polling;

    WaveEditorView(WaveService waves, EmployeeService employees, CourseService courses, Clock clock) {
        this.clock = clock;
        this.waves = waves;
        this.employees = employees;
        this.courses = courses;
        addClassName("podium-page");
        getStyle().set("display", "flex").set("flex-direction", "column").set("gap", "1rem")
                .set("max-width", "60rem");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        String id = event.getRouteParameters().get("waveId").orElse("new");
        if (!"new".equals(id)) {
            // an unknown or malformed id gets Podium's "Page not available", never Vaadin's error page
            if (!id.matches("\\d{1,18}")) {
                event.rerouteToError(NotFoundException.class);
                return;
            }
            waveId = Long.parseLong(id);
            try {
                waves.get(waveId);
            } catch (RolloutRuleViolation unknown) {
                waveId = null;
                event.rerouteToError(NotFoundException.class);
                return;
            }
        }
        render();
    }

    private void render() {
        removeAll();
        WaveDetails wave = waveId == null ? null : waves.get(waveId);
        if (wave != null) {
            listed = wave.plan().listed();
        }
        add(objectives(wave));
        if (wave != null) {
            add(plan(wave));
        }
        if (wave != null && wave.state() != WaveState.DRAFT) {
            add(launch(wave));
        }
        if (wave != null && wave.state() == WaveState.LAUNCHED) {
            add(stayInvolved(wave));
        }
    }

    private Section objectives(WaveDetails wave) {
        Section section = step("wave-step-objectives", "wave.ui.step.objectives", "wave.ui.step.objectives-help");
        TextField name = new TextField(getTranslation("wave.ui.name"));
        name.setId("wave-name");
        name.setRequired(true);
        name.setMaxLength(120);
        TextArea objective = new TextArea(getTranslation("wave.ui.objective"));
        objective.setId("wave-objective");
        objective.setMaxLength(2_000);
        objective.setWidthFull();
        boolean editable = wave == null || wave.state() != WaveState.LAUNCHED;
        if (wave != null) {
            name.setValue(wave.name());
            objective.setValue(wave.objective() == null ? "" : wave.objective());
        }
        name.setReadOnly(!editable);
        objective.setReadOnly(!editable);
        section.add(name, objective);
        if (editable) {
            Button save = new Button(getTranslation(wave == null ? "wave.ui.save-objectives-continue"
                    : "wave.ui.save-objectives"));
            save.setId("wave-save-objectives");
            save.addThemeVariants(ButtonVariant.PRIMARY);
            save.addClickListener(e -> act(() -> {
                if (waveId == null) {
                    waveId = waves.create(name.getValue(), objective.getValue());
                    UI.getCurrent().navigate("waves/" + waveId);
                } else {
                    waves.describe(waveId, name.getValue(), objective.getValue());
                    saved();
                }
            }));
            section.add(save);
        }
        return section;
    }

    private Section plan(WaveDetails wave) {
        Section section = step("wave-step-plan", "wave.ui.step.plan", "wave.ui.step.plan-help");
        boolean editable = wave.state() != WaveState.LAUNCHED;
        WavePlan current = wave.plan();

        List<DepartmentSummary> allDepartments = employees.departments();
        MultiSelectComboBox<DepartmentSummary> departments = new MultiSelectComboBox<>(
                getTranslation("wave.ui.departments"));
        departments.setId("wave-departments");
        departments.setItems(allDepartments);
        departments.setItemLabelGenerator(d -> d.name() + " (" + d.countryCode() + ")");
        departments.setValue(allDepartments.stream().filter(d -> current.departmentIds().contains(d.id()))
                .collect(Collectors.toSet()));

        Locale locale = getLocale();
        List<String> countryCodes = Arrays.stream(Locale.getISOCountries())
                .sorted(Comparator.comparing(code -> Locale.of("", code).getDisplayCountry(locale))).toList();
        MultiSelectComboBox<String> countries = new MultiSelectComboBox<>(getTranslation("wave.ui.countries"));
        countries.setId("wave-countries");
        countries.setItems(countryCodes);
        countries.setItemLabelGenerator(code -> Locale.of("", code).getDisplayCountry(locale) + " (" + code + ")");
        countries.setValue(current.countryCodes());

        TextArea list = new TextArea(getTranslation("wave.ui.list"));
        list.setId("wave-list");
        list.setHelperText(getTranslation("wave.ui.list-help", listed.size()));
        list.setWidthFull();
        // the saved list is shown again, so the box never reads empty beside "Listed now: 8"
        if (editable) {
            list.setValue(String.join("\n", waves.listedEmails(wave.id())));
        }
        Paragraph listResult = new Paragraph();
        listResult.setId("wave-list-result");
        Button resolve = new Button(getTranslation("wave.ui.list-check"), VaadinIcon.CHECK.create());
        resolve.setId("wave-list-check");
        resolve.addClickListener(e -> act(() -> {
            ListedPeople people = waves.resolveList(list.getValue());
            listed = people.found();
            listResult.setText(people.unknown().isEmpty()
                    ? getTranslation("wave.ui.list-found", people.found().size())
                    : getTranslation("wave.ui.list-unknown", people.found().size(),
                            String.join(", ", people.unknown())));
        }));

        List<CourseSummary> catalogue = courses.catalogue(null, null, locale);
        CheckboxGroup<CourseSummary> courseChoice = new CheckboxGroup<>(getTranslation("wave.ui.courses"));
        courseChoice.setId("wave-courses");
        courseChoice.setItems(catalogue);
        courseChoice.setItemLabelGenerator(CourseSummary::title);
        courseChoice.setValue(catalogue.stream().filter(c -> current.courses().contains(c.id()))
                .collect(Collectors.toSet()));
        Checkbox coaching = new Checkbox(getTranslation("wave.ui.coaching-programme"));
        coaching.setId("wave-coaching");
        coaching.setValue(current.coachingProgramme());
        DatePicker due = new DatePicker(getTranslation("wave.ui.due-date"));
        due.setId("wave-due-date");
        due.setLocale(locale);
        due.setMin(LocalDate.now(clock).plusDays(1));
        due.setValue(current.dueDate());

        FormLayout form = new FormLayout(departments, countries);
        section.add(form, list, new Div(resolve, listResult), courseChoice, coaching, due);
        if (wave.state() != WaveState.DRAFT) {
            Paragraph count = new Paragraph(getTranslation(wave.state() == WaveState.LAUNCHED
                    ? "wave.ui.members-fixed" : "wave.ui.members-planned", wave.members()));
            count.setId("wave-member-count");
            section.add(count);
        }
        if (editable) {
            Button save = new Button(getTranslation("wave.ui.save-plan"));
            save.setId("wave-save-plan");
            save.addThemeVariants(ButtonVariant.PRIMARY);
            save.addClickListener(e -> act(() -> {
                // the box holds the whole list (the saved one is shown in it): what it says now is the list, and an
                // emptied box empties the list
                listed = list.getValue().isBlank() ? Set.of() : waves.resolveList(list.getValue()).found();
                waves.plan(waveId, new WavePlan(
                        departments.getValue().stream().map(DepartmentSummary::id).collect(Collectors.toSet()),
                        countries.getValue(), listed,
                        courseChoice.getValue().stream().map(CourseSummary::id).collect(Collectors.toSet()),
                        coaching.getValue(), due.getValue()));
                saved();
            }));
            section.add(save);
        } else {
            departments.setReadOnly(true);
            countries.setReadOnly(true);
            list.setVisible(false);
            resolve.setVisible(false);
            courseChoice.setReadOnly(true);
            coaching.setReadOnly(true);
            due.setReadOnly(true);
        }
        return section;
    }

    private Section launch(WaveDetails wave) {
        Section section = step("wave-step-launch", "wave.ui.step.launch", "wave.ui.step.launch-help");
        if (wave.state() == WaveState.LAUNCHED) {
            Paragraph launched = new Paragraph(getTranslation("wave.ui.launched",
                    DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM).withLocale(getLocale())
                            .withZone(java.time.ZoneId.systemDefault()).format(wave.launchedAt()),
                    wave.members()));
            launched.setId("wave-launched");
            section.add(launched);
            if (!wave.launchFinished()) {
                section.add(launching(wave));
            }
            return section;
        }
        Paragraph summary = new Paragraph(getTranslation("wave.ui.launch-summary", wave.members(),
                wave.plan().courses().size(), wave.plan().dueDate() == null ? "–"
                        : DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM).withLocale(getLocale())
                                .format(wave.plan().dueDate())));
        Button launch = new Button(getTranslation("wave.ui.launch"), VaadinIcon.ROCKET.create());
        launch.setId("wave-launch");
        launch.addThemeVariants(ButtonVariant.PRIMARY, ButtonVariant.SUCCESS);
        launch.addClickListener(e -> confirmLaunch(wave));
        section.add(summary, launch);
        return section;
    }

    /** Launching enrols everyone at once and cannot be undone: it says so and asks first. */
    private void confirmLaunch(WaveDetails wave) {
        ConfirmDialog dialog = new ConfirmDialog();
        dialog.setId("wave-launch-dialog");
        dialog.setHeader(getTranslation("wave.ui.launch-confirm.title", wave.name()));
        dialog.setText(getTranslation("wave.ui.launch-confirm.text", wave.members(), wave.plan().courses().size(),
                wave.plan().coachingProgramme() ? 1 : 0));
        dialog.setCancelable(true);
        dialog.setCancelText(getTranslation("action.cancel"));
        dialog.setConfirmText(getTranslation("wave.ui.launch-confirm.confirm", wave.members()));
        dialog.setCloseOnEsc(true);
        dialog.addConfirmListener(e -> act(() -> {
            // members are fixed here; their enrolment runs on a worker, followed by the progress bar
            long members = waves.launch(waveId).members();
            Notification.show(getTranslation("wave.ui.launch-started", members))
                    .addThemeVariants(NotificationVariant.SUCCESS);
            render();
        }));
        dialog.open();
    }

    /** Everyone the launch fixed, with how they are getting on; lazy, as a wave may hold the whole company. */
    private Grid<WaveMember> memberGrid(WaveDetails wave) {
        Grid<WaveMember> grid = new Grid<>();
        grid.setId("wave-members");
        grid.addColumn(WaveMember::name).setHeader(getTranslation("wave.ui.member.name")).setFlexGrow(2);
        grid.addColumn(WaveMember::email).setHeader(getTranslation("wave.ui.member.email")).setFlexGrow(2);
        grid.addColumn(member -> getTranslation("wave.ui.member.state."
                + member.state().name().toLowerCase(Locale.ROOT))).setHeader(getTranslation("wave.ui.member.state"))
                .setFlexGrow(1);
        long count = wave.members();
        grid.setItems(query -> waves.members(waveId, query.getOffset(), query.getLimit()).stream(),
                query -> (int) Math.min(Integer.MAX_VALUE, count));
        grid.setAllRowsVisible(count <= 10);
        if (count > 10) {
            grid.setHeight("24rem");
        }
        return grid;
    }

    /** A progress bar over the members enrolled so far, read from the wave every poll until the launch finishes. */
    private Div launching(WaveDetails wave) {
        ProgressBar bar = new ProgressBar(0, Math.max(1, wave.members()), wave.membersLaunched());
        bar.setId("wave-launch-progress");
        Paragraph text = new Paragraph(getTranslation("wave.ui.launching", wave.membersLaunched(), wave.members()));
        text.setId("wave-launch-progress-text");
        UI ui = UI.getCurrent();
        stopPolling();
        ui.setPollInterval(POLL_MILLIS);
        polling = ui.addPollListener(poll -> {
            WaveDetails now = waves.get(waveId);
            if (now.launchFinished()) {
                stopPolling();
                render();
            } else {
                bar.setValue(now.membersLaunched());
                text.setText(getTranslation("wave.ui.launching", now.membersLaunched(), now.members()));
            }
        });
        return new Div(bar, text);
    }

    private void stopPolling() {
        if (polling != null) {
            polling.remove();
            polling = null;
            getUI().ifPresent(ui -> ui.setPollInterval(-1));
        }
    }

    @Override
    protected void onDetach(DetachEvent event) {
        stopPolling();
        super.onDetach(event);
    }

    private Section stayInvolved(WaveDetails wave) {
        Section section = step("wave-step-involved", "wave.ui.step.involved", "wave.ui.step.involved-help");
        WaveProgress progress = waves.progress(waveId);
        UnorderedList counts = new UnorderedList(
                new ListItem(getTranslation("wave.ui.progress.not-started", progress.notStarted())),
                new ListItem(getTranslation("wave.ui.progress.in-progress", progress.inProgress())),
                new ListItem(getTranslation("wave.ui.progress.completed", progress.completed())));
        counts.setId("wave-progress");
        Button remind = new Button(getTranslation("wave.ui.remind"), VaadinIcon.BELL.create());
        remind.setId("wave-remind");
        remind.setEnabled(progress.notStarted() > 0);
        remind.addClickListener(e -> act(() -> {
            waves.remindNotStarted(waveId);
            Notification.show(getTranslation("wave.ui.reminded", progress.notStarted()))
                    .addThemeVariants(NotificationVariant.SUCCESS);
        }));
        Button invite = new Button(getTranslation("waves.invite-members"), VaadinIcon.ENVELOPE.create());
        invite.setId("wave-invite");
        invite.addClickListener(e -> act(() -> {
            try {
                InvitationOutcome outcome = waves.inviteMembers(waveId);
                Notification.show(getTranslation("employees.invitations-sent", outcome.sent(), outcome.skipped(),
                        outcome.failed())).addThemeVariants(NotificationVariant.SUCCESS);
            } catch (MailNotConfigured notConfigured) {
                Notification.show(getTranslation("employees.mail-not-configured"))
                        .addThemeVariants(NotificationVariant.ERROR);
            }
        }));
        section.add(counts, new HorizontalLayout(remind, invite), new H4(getTranslation("wave.ui.members-title",
                wave.members())), memberGrid(wave));
        return section;
    }

    private Section step(String id, String titleKey, String helpKey) {
        Section section = new Section();
        section.setId(id);
        section.getStyle().set("display", "flex").set("flex-direction", "column").set("gap", "0.5rem");
        section.add(new H2(getTranslation(titleKey)), new Paragraph(getTranslation(helpKey)));
        return section;
    }

    private void saved() {
        Notification.show(getTranslation("wave.ui.saved")).addThemeVariants(NotificationVariant.SUCCESS);
        render();
    }

    private void act(Runnable action) {
        try {
            action.run();
        } catch (RolloutRuleViolation e) {
            Notification shown = Notification.show(getTranslation(e.messageKey()));
            shown.addThemeVariants(NotificationVariant.ERROR);
        }
    }

    @Override
    public String getPageTitle() {
        return getTranslation("nav.waves");
    }
}
