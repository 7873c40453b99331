package dev.podium.reporting.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.H4;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.streams.DownloadHandler;
import dev.podium.audit.CoachWorkload;
import dev.podium.policy.PolicyPage;
import dev.podium.policy.PolicyService;
import dev.podium.reporting.AttestationCoverage;
import dev.podium.reporting.Breakdown;
import dev.podium.reporting.CertificateHolder;
import dev.podium.reporting.CohortCurve;
import dev.podium.reporting.ConversationShares;
import dev.podium.reporting.DashboardFilter;
import dev.podium.reporting.Dimension;
import dev.podium.reporting.Distribution;
import dev.podium.reporting.FilterOptions;
import dev.podium.reporting.Funnel;
import dev.podium.reporting.FunnelStage;
import dev.podium.reporting.GroupScores;
import dev.podium.reporting.PersonProgress;
import dev.podium.reporting.ReportingRuleViolation;
import dev.podium.reporting.ReportingService;
import dev.podium.reporting.WeeklyTrend;
import dev.podium.shared.Roles;
import jakarta.annotation.security.RolesAllowed;
import java.io.IOException;
import java.io.OutputStream;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.function.Function;
import java.util.function.IntFunction;

/**
 * HR's programme dashboard: funnel, breakdown, audit scores, SLI bands, posting consistency, coach workload,
 * certificate expiry and policy coverage for the whole organisation or a department, country or cohort. Every chart
 * has a table of the same figures; small groups are not shown. Named lists only behind the funnel and certificate
 * expiry (completion and certificates, never posts), lazy and exportable.
 */
@Route("dashboard")
@RolesAllowed(Roles.HR_ADMIN)
@Menu(order = 48, title = "reporting.nav.dashboard", icon = "vaadin:chart")
class DashboardView extends Main implements HasDynamicTitle {

    private static final int EXPORT_PAGE = 1_000;

    private final ReportingService reporting;
    private final Map<String, String> policyTitles;
    private final ComboBox<FilterOptions.Option> department = new ComboBox<>();
    private final ComboBox<String> country = new ComboBox<>();
    private final ComboBox<FilterOptions.Option> cohort = new ComboBox<>();
    private final Div figures = new Div();
    private final Section drillDown = new Section();
    private volatile DashboardFilter filter = DashboardFilter.everyone();
    private volatile List<List<Object>> figureRows = List.of();

    DashboardView(ReportingService reporting, PolicyService policies) {
        this.reporting = reporting;
        // a policy is shown by its title in the reader's language, never by its id
        this.policyTitles = policies.policyIds().stream().collect(java.util.stream.Collectors.toMap(id -> id,
                id -> policies.policy(id, getLocale()).map(PolicyPage::title).orElse(id)));
        addClassName("podium-page");
        add(new H2(getTranslation("reporting.dashboard.title")),
                new Paragraph(getTranslation("reporting.dashboard.intro", reporting.minimumGroupSize())));
        add(filters());
        figures.setId("dashboard-figures");
        drillDown.setId("drill-down");
        drillDown.setVisible(false);
        add(figures, drillDown);
        refresh();
    }

    private Component filters() {
        FilterOptions options = reporting.filterOptions();
        department.setId("filter-department");
        department.setLabel(getTranslation("reporting.filter.department"));
        department.setItems(options.departments());
        department.setItemLabelGenerator(FilterOptions.Option::label);
        department.setClearButtonVisible(true);
        department.setWidth("20rem");
        country.setId("filter-country");
        country.setLabel(getTranslation("reporting.filter.country"));
        country.setItems(options.countries());
        country.setItemLabelGenerator(this::countryName);
        country.setClearButtonVisible(true);
        cohort.setId("filter-cohort");
        cohort.setLabel(getTranslation("reporting.filter.cohort"));
        cohort.setItems(options.cohorts());
        cohort.setItemLabelGenerator(FilterOptions.Option::label);
        cohort.setClearButtonVisible(true);
        cohort.setVisible(!options.cohorts().isEmpty());
        department.addValueChangeListener(e -> refresh());
        country.addValueChangeListener(e -> refresh());
        cohort.addValueChangeListener(e -> refresh());
        // the file is written on the download's request, outside the UI: its language is fixed here
        Locale language = getLocale();
        Anchor csv = new Anchor(download("podium-dashboard.csv", false, () -> figuresTable(language)),
                getTranslation("reporting.export.figures-csv"));
        csv.setId("export-figures-csv");
        Anchor xlsx = new Anchor(download("podium-dashboard.xlsx", true, () -> figuresTable(language)),
                getTranslation("reporting.export.figures-xlsx"));
        xlsx.setId("export-figures-xlsx");
        HorizontalLayout bar = new HorizontalLayout(department, country, cohort, csv, xlsx);
        bar.setAlignItems(FlexComponent.Alignment.BASELINE);
        bar.setWrap(true);
        return bar;
    }

    private void refresh() {
        filter = new DashboardFilter(department.getValue() == null ? null : department.getValue().id(),
                country.getValue(), cohort.getValue() == null ? null : cohort.getValue().id());
        figures.removeAll();
        drillDown.setVisible(false);
        List<List<Object>> rows = new ArrayList<>();
        figures.add(funnel(rows), breakdown(), auditScores(rows), bands(rows), groupScores(), trend(rows),
                conversations(), coaches(),
                certificates(rows), policies(rows));
        figureRows = List.copyOf(rows);
    }

    // --- funnel -------------------------------------------------------------------------------------------------

    private Component funnel(List<List<Object>> rows) {
        Funnel funnel = reporting.funnel(filter);
        Section section = section("funnel", getTranslation("reporting.funnel.title"));
        section.add(new Paragraph(funnel.population() == null ? getTranslation("reporting.small-selection",
                reporting.minimumGroupSize()) : getTranslation("reporting.funnel.population", funnel.population())));
        List<String> labels = funnel.stages().stream().map(s -> stageName(s.stage())).toList();
        section.add(PodiumChart.bar().horizontal().height("14rem").show(labels,
                Map.of(getTranslation("reporting.people"), funnel.stages().stream().map(Funnel.StageCount::people)
                        .toList())));
        Grid<Funnel.StageCount> table = new Grid<>();
        table.setId("funnel-table");
        table.addColumn(s -> stageName(s.stage())).setHeader(getTranslation("reporting.funnel.stage"))
                .setAutoWidth(true);
        table.addColumn(s -> figure(s.people())).setHeader(getTranslation("reporting.people"));
        table.addColumn(s -> share(s.people(), funnel.population())).setHeader(getTranslation("reporting.share"));
        table.addComponentColumn(s -> {
            if (funnel.population() == null || s.people() == null) {
                // a group the dashboard does not show has no names behind it (the service refuses them too)
                return new Span(getTranslation("reporting.drill.none"));
            }
            Button people = new Button(getTranslation("reporting.drill.show"), e -> showPeople(s.stage()));
            people.addThemeVariants(ButtonVariant.LUMO_TERTIARY_INLINE);
            people.setId("drill-" + s.stage().name().toLowerCase(Locale.ROOT));
            return people;
        }).setHeader(getTranslation("reporting.drill.names"));
        table.setItems(funnel.stages());
        table.setAllRowsVisible(true);
        section.add(table);
        funnel.stages().forEach(s -> rows.add(row("reporting.funnel.title", stageName(s.stage()), s.people(),
                funnel.population())));
        return section;
    }

    private Component breakdown() {
        Section section = section("breakdown", getTranslation("reporting.breakdown.title"));
        addDimensionChoice(section, "breakdown", dimension -> breakdownTable(reporting.breakdown(filter, dimension)));
        return section;
    }

    /**
     * A per-group section's choice of department, country or cohort; the content is built anew for each choice,
     * department first.
     */
    private void addDimensionChoice(Section section, String id, Function<Dimension, Component> contentFor) {
        Select<Dimension> dimension = new Select<>();
        dimension.setId(id + "-dimension");
        dimension.setLabel(getTranslation("reporting.breakdown.by"));
        dimension.setItems(Dimension.values());
        dimension.setItemLabelGenerator(d -> getTranslation("reporting.dimension." + d.name().toLowerCase(Locale.ROOT)));
        Div content = new Div();
        dimension.addValueChangeListener(e -> {
            content.removeAll();
            content.add(contentFor.apply(e.getValue()));
        });
        dimension.setValue(Dimension.DEPARTMENT);
        section.add(dimension, content);
    }

    /** A per-group table, and a line saying how many groups were too small to show. */
    private Div withHiddenGroups(Grid<?> table, int hiddenGroups) {
        Div box = new Div(table);
        if (hiddenGroups > 0) {
            box.add(new Paragraph(getTranslation("reporting.breakdown.hidden", hiddenGroups,
                    reporting.minimumGroupSize())));
        }
        return box;
    }

    private Component breakdownTable(Breakdown breakdown) {
        Grid<Breakdown.Group> table = new Grid<>();
        table.setId("breakdown-table");
        table.addColumn(Breakdown.Group::label).setHeader(getTranslation("reporting.breakdown.group"))
                .setAutoWidth(true).setFlexGrow(1);
        table.addColumn(g -> figure(g.funnel().population())).setHeader(getTranslation("reporting.people"));
        for (FunnelStage stage : FunnelStage.values()) {
            table.addColumn(g -> figure(g.funnel().count(stage))).setHeader(stageName(stage)).setAutoWidth(true);
        }
        table.setItems(breakdown.groups());
        table.setAllRowsVisible(true);
        return withHiddenGroups(table, breakdown.hiddenGroups());
    }

    // --- distributions ------------------------------------------------------------------------------------------

    private Component auditScores(List<List<Object>> rows) {
        Distribution scores = reporting.auditScores(filter);
        return distribution("audit-scores", "reporting.audit.title", scores,
                key -> key.equals("90") ? "90–100" : key + "–" + (Integer.parseInt(key) + 9), rows);
    }

    private Component bands(List<List<Object>> rows) {
        Distribution bands = reporting.sliBands(filter);
        return distribution("sli-bands", "reporting.bands.title", bands,
                key -> getTranslation("reporting.band." + key.toLowerCase(Locale.ROOT)), rows);
    }

    /** Audit scores and index per group: counts and averages, never a person's (HR sees no one's by name). */
    private Component groupScores() {
        Section section = section("group-scores", getTranslation("reporting.group-scores.title"));
        section.add(new Paragraph(getTranslation("reporting.group-scores.intro", reporting.minimumGroupSize())));
        addDimensionChoice(section, "group-scores", dimension -> {
            GroupScores scores = reporting.scoresByGroup(filter, dimension);
            Grid<GroupScores.Group> table = new Grid<>();
            table.setId("group-scores-table");
            table.addColumn(GroupScores.Group::label).setHeader(getTranslation("reporting.breakdown.group"))
                    .setAutoWidth(true).setFlexGrow(1);
            table.addColumn(GroupScores.Group::population).setHeader(getTranslation("reporting.people"));
            table.addColumn(g -> figure(g.audited())).setHeader(getTranslation("reporting.group-scores.audited"));
            table.addColumn(g -> average(g.averageScore()))
                    .setHeader(getTranslation("reporting.group-scores.average-score"));
            table.addColumn(g -> figure(g.indexed())).setHeader(getTranslation("reporting.group-scores.indexed"));
            table.addColumn(g -> average(g.averageIndex()))
                    .setHeader(getTranslation("reporting.group-scores.average-index"));
            table.setItems(scores.groups());
            table.setAllRowsVisible(true);
            return withHiddenGroups(table, scores.hiddenGroups());
        });
        return section;
    }

    private String average(Double average) {
        return average == null ? "–" : String.format(getLocale(), "%.1f", average);
    }

    private Component certificates(List<List<Object>> rows) {
        Distribution expiry = reporting.certificateExpiry(filter);
        Section section = distribution("certificate-expiry", "reporting.expiry.title", expiry,
                key -> getTranslation("reporting.expiry.within", key), rows);
        HorizontalLayout drill = new HorizontalLayout();
        for (int days : new int[] {30, 60, 90}) {
            // a list within N days covers every bucket up to N: each must be shown, or its names would be too
            boolean shown = expiry.population() != null && expiry.buckets().stream()
                    .noneMatch(b -> Integer.parseInt(b.key()) <= days && b.count() == null);
            if (!shown) {
                continue;
            }
            Button button = new Button(getTranslation("reporting.expiry.show", days), e -> showCertificates(days));
            button.setId("drill-expiring-" + days);
            button.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
            drill.add(button);
        }
        if (drill.getComponentCount() < 3) {
            drill.add(new Span(getTranslation("reporting.drill.some-hidden", reporting.minimumGroupSize())));
        }
        section.add(drill);
        return section;
    }

    private Section distribution(String id, String titleKey, Distribution distribution,
            java.util.function.Function<String, String> label, List<List<Object>> rows) {
        Section section = section(id, getTranslation(titleKey));
        if (distribution.population() == null) {
            section.add(new Paragraph(getTranslation("reporting.small-selection", reporting.minimumGroupSize())));
        }
        List<String> labels = distribution.buckets().stream().map(b -> label.apply(b.key())).toList();
        section.add(PodiumChart.bar().height("12rem").show(labels, Map.of(getTranslation("reporting.people"),
                distribution.buckets().stream().map(Distribution.Bucket::count).toList())));
        Grid<Distribution.Bucket> table = new Grid<>();
        table.setId(id + "-table");
        table.addColumn(b -> label.apply(b.key())).setHeader(getTranslation("reporting.bucket")).setAutoWidth(true);
        table.addColumn(b -> figure(b.count())).setHeader(getTranslation("reporting.people"));
        table.addColumn(b -> share(b.count(), distribution.population())).setHeader(getTranslation("reporting.share"));
        table.setItems(distribution.buckets());
        table.setAllRowsVisible(true);
        section.add(table);
        distribution.buckets().forEach(b -> rows.add(row(titleKey, label.apply(b.key()), b.count(),
                distribution.population())));
        return section;
    }

    private Component trend(List<List<Object>> rows) {
        WeeklyTrend trend = reporting.consistencyTrend(filter);
        Section section = section("consistency", getTranslation("reporting.trend.title"));
        section.add(new Paragraph(trend.population() == null ? getTranslation("reporting.small-selection",
                reporting.minimumGroupSize()) : getTranslation("reporting.trend.intro", trend.population())));
        List<String> labels = trend.weeks().stream().map(w -> getTranslation("reporting.trend.week", w.isoWeek()))
                .toList();
        section.add(PodiumChart.line().height("12rem").show(labels, Map.of(getTranslation("reporting.trend.active"),
                trend.weeks().stream().map(WeeklyTrend.Week::activePeople).toList())));
        Grid<WeeklyTrend.Week> table = new Grid<>();
        table.setId("consistency-table");
        table.addColumn(w -> getTranslation("reporting.trend.week", w.isoWeek()) + " (" + w.weekStart() + ")")
                .setHeader(getTranslation("reporting.trend.week-header")).setAutoWidth(true);
        table.addColumn(w -> figure(w.activePeople())).setHeader(getTranslation("reporting.trend.active"));
        table.addColumn(w -> share(w.activePeople(), trend.population())).setHeader(getTranslation("reporting.share"));
        table.setItems(trend.weeks());
        table.setAllRowsVisible(true);
        section.add(table);
        trend.weeks().forEach(w -> rows.add(row("reporting.trend.title", w.weekStart().toString(), w.activePeople(),
                trend.population())));
        return section;
    }

    // --- conversations started (LinkedIn's analytics export) and waves over the weeks --------------------------

    private Component conversations() {
        Section section = section("conversations", getTranslation("reporting.conversations.title"));
        section.add(new Paragraph(getTranslation("reporting.conversations.intro")));
        addDimensionChoice(section, "conversations", dimension -> {
            ConversationShares shares = reporting.conversationShares(filter, dimension);
            Grid<ConversationShares.Group> table = new Grid<>();
            table.setId("conversations-table");
            table.addColumn(ConversationShares.Group::label).setHeader(getTranslation("reporting.breakdown.group"))
                    .setAutoWidth(true).setFlexGrow(1);
            table.addColumn(g -> g.population()).setHeader(getTranslation("reporting.people"));
            table.addColumn(g -> figure(g.withExport())).setHeader(getTranslation("reporting.conversations.export"));
            table.addColumn(g -> figure(g.started())).setHeader(getTranslation("reporting.conversations.started"));
            table.addColumn(g -> share(g.started(), g.population())).setHeader(getTranslation("reporting.share"));
            table.setItems(shares.groups());
            table.setAllRowsVisible(true);
            return withHiddenGroups(table, shares.hiddenGroups());
        });

        List<FilterOptions.Option> cohorts = reporting.filterOptions().cohorts();
        if (!cohorts.isEmpty()) {
            Select<FilterOptions.Option> wave = new Select<>();
            wave.setId("cohort-curve-wave");
            wave.setLabel(getTranslation("reporting.curve.wave"));
            wave.setItems(cohorts);
            wave.setItemLabelGenerator(FilterOptions.Option::label);
            Div curve = new Div();
            wave.addValueChangeListener(e -> {
                curve.removeAll();
                if (e.getValue() != null) {
                    curve.add(cohortCurve(reporting.cohortCurve(e.getValue().id())));
                }
            });
            section.add(new H4(getTranslation("reporting.curve.title")), wave, curve);
            wave.setValue(filter.cohortId() == null ? cohorts.getFirst() : cohorts.stream()
                    .filter(c -> c.id() == filter.cohortId()).findFirst().orElse(cohorts.getFirst()));
        }
        return section;
    }

    private Component cohortCurve(CohortCurve curve) {
        Div box = new Div();
        box.setId("cohort-curve");
        if (curve.launchedOn() == null) {
            box.add(new Paragraph(getTranslation("reporting.curve.not-launched")));
            return box;
        }
        box.add(new Paragraph(curve.population() == null ? getTranslation("reporting.small-selection",
                reporting.minimumGroupSize()) : getTranslation("reporting.curve.intro", curve.population(),
                curve.launchedOn().toString())));
        List<String> labels = curve.points().stream().map(p -> getTranslation("reporting.curve.week",
                p.weeksAfterLaunch())).toList();
        box.add(PodiumChart.line().height("12rem").show(labels, Map.of(getTranslation("reporting.trend.active"),
                curve.points().stream().map(CohortCurve.Point::activePeople).toList())));
        Grid<CohortCurve.Point> table = new Grid<>();
        table.setId("cohort-curve-table");
        table.addColumn(p -> getTranslation("reporting.curve.week", p.weeksAfterLaunch()) + " (" + p.weekStart()
                + ")").setHeader(getTranslation("reporting.trend.week-header")).setAutoWidth(true);
        table.addColumn(p -> figure(p.activePeople())).setHeader(getTranslation("reporting.trend.active"));
        table.addColumn(p -> share(p.activePeople(), curve.population())).setHeader(getTranslation("reporting.share"));
        table.setItems(curve.points());
        table.setAllRowsVisible(true);
        box.add(table);
        return box;
    }

    private Component coaches() {
        // coach workload is the organisation's, not the selection's: coaches serve every department
        List<CoachWorkload> workload = reporting.coachWorkload();
        Section section = section("coach-workload", getTranslation("reporting.coaches.title"));
        Map<String, List<Long>> series = new LinkedHashMap<>();
        series.put(getTranslation("reporting.coaches.in-review"),
                workload.stream().map(w -> (long) (w.inReview() - w.breached())).toList());
        series.put(getTranslation("reporting.coaches.breached"), workload.stream().map(w -> (long) w.breached()).toList());
        series.put(getTranslation("reporting.coaches.waiting"),
                workload.stream().map(w -> (long) w.waitingForEmployee()).toList());
        section.add(PodiumChart.bar().stacked().height("12rem").show(workload.stream().map(CoachWorkload::coachName)
                .toList(), series));
        Grid<CoachWorkload> table = new Grid<>();
        table.setId("coach-table");
        table.addColumn(CoachWorkload::coachName).setHeader(getTranslation("reporting.coaches.coach"))
                .setAutoWidth(true);
        table.addColumn(CoachWorkload::inReview).setHeader(getTranslation("reporting.coaches.in-review-all"));
        table.addColumn(CoachWorkload::breached).setHeader(getTranslation("reporting.coaches.breached"));
        table.addColumn(CoachWorkload::waitingForEmployee).setHeader(getTranslation("reporting.coaches.waiting"));
        table.setItems(workload);
        table.setAllRowsVisible(true);
        section.add(table);
        if (workload.isEmpty()) {
            section.add(new Paragraph(getTranslation("reporting.coaches.none")));
        }
        return section;
    }

    private Component policies(List<List<Object>> rows) {
        List<AttestationCoverage> coverage = reporting.attestationCoverage(filter);
        Section section = section("policy-coverage", getTranslation("reporting.policy.title"));
        Grid<AttestationCoverage> table = new Grid<>();
        table.setId("policy-table");
        table.addColumn(c -> policyTitles.getOrDefault(c.policyId(), c.policyId()))
                .setHeader(getTranslation("reporting.policy.policy"))
                .setAutoWidth(true);
        table.addColumn(AttestationCoverage::currentVersion).setHeader(getTranslation("reporting.policy.version"));
        table.addColumn(c -> figure(c.attested())).setHeader(getTranslation("reporting.policy.attested"));
        table.addColumn(c -> figure(c.population())).setHeader(getTranslation("reporting.people"));
        table.addColumn(c -> share(c.attested(), c.population())).setHeader(getTranslation("reporting.share"));
        table.setItems(coverage);
        table.setAllRowsVisible(true);
        section.add(table);
        coverage.forEach(c -> rows.add(row("reporting.policy.title",
                policyTitles.getOrDefault(c.policyId(), c.policyId()) + " " + c.currentVersion(),
                c.attested(), c.population())));
        return section;
    }

    // --- drill-down ---------------------------------------------------------------------------------------------

    /** Whether the service gives names for this list; if not, says why (a crafted call is refused the same way). */
    private boolean namesShown(java.util.function.LongSupplier count) {
        try {
            count.getAsLong();
            return true;
        } catch (ReportingRuleViolation refused) {
            Notification.show(getTranslation(refused.messageKey(), reporting.minimumGroupSize()), 8000,
                    Notification.Position.MIDDLE).addThemeVariants(NotificationVariant.ERROR);
            return false;
        }
    }

    private void showPeople(FunnelStage stage) {
        DashboardFilter selection = filter;
        if (!namesShown(() -> reporting.countPeople(selection, stage, true))) {
            return;
        }
        drillDown.removeAll();
        H3 title = new H3(getTranslation("reporting.drill.people-title", stageName(stage)));
        Grid<PersonProgress> grid = new Grid<>();
        grid.setId("drill-grid");
        grid.addColumn(PersonProgress::name).setHeader(getTranslation("reporting.drill.name")).setAutoWidth(true);
        grid.addColumn(PersonProgress::departmentName).setHeader(getTranslation("reporting.drill.department"))
                .setAutoWidth(true);
        grid.addColumn(p -> countryName(p.countryCode())).setHeader(getTranslation("reporting.filter.country"));
        grid.addColumn(p -> p.coursesCompleted() == null ? notShown()
                : p.coursesCompleted() + " / " + p.coursesAssigned())
                .setHeader(getTranslation("reporting.drill.courses"));
        grid.addColumn(p -> !p.hiddenStages().isEmpty() ? notShown() : p.reached() == null ? ""
                : stageName(p.reached())).setHeader(getTranslation("reporting.drill.status"));
        grid.addColumn(p -> p.hiddenStages().contains(FunnelStage.CERTIFIED) ? notShown()
                : p.certifiedUntil() == null ? "" : p.certifiedUntil().toString())
                .setHeader(getTranslation("reporting.drill.certified-until"));
        grid.setItems(query -> reporting.people(selection, stage, true, query.getOffset(), query.getLimit()).stream(),
                query -> (int) reporting.countPeople(selection, stage, true));
        grid.setHeight("24rem");
        Export.Table[] table = {null};
        // a yes or a no in the person's language rather than a raw "false"; the rows are read while the file is
        // written, outside the UI, so the words are looked up now
        String yes = getTranslation("reporting.export.yes");
        String no = getTranslation("reporting.export.no");
        IntFunction<List<List<Object>>> page = offset -> reporting.exportPeople(selection, stage, true, offset,
                EXPORT_PAGE)
                .stream().map(p -> List.<Object>of(p.name(), nullToEmpty(p.departmentName()), p.countryCode(),
                        orNotShown(p.coursesAssigned()), orNotShown(p.coursesStarted()),
                        orNotShown(p.coursesCompleted()),
                        p.auditApproved() == null ? notShown() : p.auditApproved() ? yes : no,
                        p.hiddenStages().contains(FunnelStage.CERTIFIED) ? notShown()
                                : p.certifiedUntil() == null ? "" : p.certifiedUntil())).toList();
        List<String> headers = List.of(getTranslation("reporting.drill.name"),
                getTranslation("reporting.drill.department"), getTranslation("reporting.filter.country"),
                getTranslation("reporting.export.assigned"), getTranslation("reporting.export.started"),
                getTranslation("reporting.export.completed"), getTranslation("reporting.export.audit-approved"),
                getTranslation("reporting.drill.certified-until"));
        table[0] = new Export.Table("people", headers, () -> paged(page));
        showDrillDown(title, grid, "podium-people-" + stage.name().toLowerCase(Locale.ROOT), () -> table[0]);
    }

    private void showCertificates(int days) {
        DashboardFilter selection = filter;
        if (!namesShown(() -> reporting.countExpiringCertificates(selection, days))) {
            return;
        }
        drillDown.removeAll();
        H3 title = new H3(getTranslation("reporting.expiry.list-title", days));
        Grid<CertificateHolder> grid = new Grid<>();
        grid.setId("drill-grid");
        grid.addColumn(CertificateHolder::name).setHeader(getTranslation("reporting.drill.name")).setAutoWidth(true);
        grid.addColumn(CertificateHolder::departmentName).setHeader(getTranslation("reporting.drill.department"))
                .setAutoWidth(true);
        grid.addColumn(CertificateHolder::achievementId).setHeader(getTranslation("reporting.expiry.achievement"))
                .setAutoWidth(true);
        grid.addColumn(c -> c.expiresOn().toString()).setHeader(getTranslation("reporting.expiry.expires"));
        grid.setItems(query -> reporting.expiringCertificates(selection, days, query.getOffset(), query.getLimit())
                .stream(), query -> (int) reporting.countExpiringCertificates(selection, days));
        grid.setHeight("24rem");
        IntFunction<List<List<Object>>> page = offset -> reporting.exportExpiringCertificates(selection, days,
                offset, EXPORT_PAGE).stream().map(c -> List.<Object>of(c.name(), nullToEmpty(c.departmentName()),
                        c.achievementId(), c.expiresOn())).toList();
        List<String> headers = List.of(getTranslation("reporting.drill.name"),
                getTranslation("reporting.drill.department"), getTranslation("reporting.expiry.achievement"),
                getTranslation("reporting.expiry.expires"));
        Export.Table table = new Export.Table("certificates", headers, () -> paged(page));
        showDrillDown(title, grid, "podium-certificates-" + days, () -> table);
    }

    private void showDrillDown(H3 title, Grid<?> grid, String fileName,
            java.util.function.Supplier<Export.Table> table) {
        Anchor csv = new Anchor(download(fileName + ".csv", false, table), getTranslation("reporting.export.csv"));
        csv.setId("export-csv");
        Anchor xlsx = new Anchor(download(fileName + ".xlsx", true, table), getTranslation("reporting.export.xlsx"));
        xlsx.setId("export-xlsx");
        Button close = new Button(getTranslation("reporting.drill.close"), e -> drillDown.setVisible(false));
        HorizontalLayout actions = new HorizontalLayout(csv, xlsx, close);
        actions.setAlignItems(FlexComponent.Alignment.BASELINE);
        drillDown.add(title, new Paragraph(getTranslation("reporting.drill.note")),
                new Paragraph(getTranslation("reporting.drill.groups-left-out", reporting.minimumGroupSize())),
                actions, grid);
        drillDown.setVisible(true);
        drillDown.scrollIntoView();
    }

    // --- exports ------------------------------------------------------------------------------------------------

    private Export.Table figuresTable(Locale language) {
        return new Export.Table("figures", List.of(getTranslation(language, "reporting.export.section"),
                getTranslation(language, "reporting.bucket"), getTranslation(language, "reporting.people"),
                getTranslation(language, "reporting.export.population")), figureRows);
    }

    private List<Object> row(String sectionKey, String item, Long count, Long population) {
        List<Object> row = new ArrayList<>();
        row.add(getTranslation(sectionKey));
        row.add(item);
        row.add(count == null ? getTranslation("reporting.hidden", reporting.minimumGroupSize()) : count);
        row.add(population == null ? getTranslation("reporting.hidden", reporting.minimumGroupSize()) : population);
        return row;
    }

    private static DownloadHandler download(String fileName, boolean xlsx,
            java.util.function.Supplier<Export.Table> table) {
        return event -> {
            event.setFileName(fileName);
            event.setContentType(xlsx ? "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
                    : "text/csv; charset=UTF-8");
            try (OutputStream out = event.getOutputStream()) {
                if (xlsx) {
                    Export.xlsx(table.get(), out);
                } else {
                    Export.csv(table.get(), out);
                }
            }
        };
    }

    /** Pages through the service while the export writes, so a list of any length streams in bounded memory. */
    private static Iterator<List<Object>> paged(IntFunction<List<List<Object>>> page) {
        return new Iterator<>() {
            private List<List<Object>> current = page.apply(0);
            private int offset = 0;
            private int index = 0;

            @Override
            public boolean hasNext() {
                if (index < current.size()) {
                    return true;
                }
                if (current.size() < EXPORT_PAGE) {
                    return false;
                }
                offset += EXPORT_PAGE;
                current = page.apply(offset);
                index = 0;
                return !current.isEmpty();
            }

            @Override
            public List<Object> next() {
                if (!hasNext()) {
                    throw new NoSuchElementException();
                }
                return current.get(index++);
            }
        };
    }

    // --- texts --------------------------------------------------------------------------------------------------

    private Section section(String id, String title) {
        Section section = new Section();
        section.setId(id);
        section.addClassName("dashboard-section");
        section.add(new H3(title));
        return section;
    }

    private String stageName(FunnelStage stage) {
        return getTranslation("reporting.stage." + stage.name().toLowerCase(Locale.ROOT).replace('_', '-'));
    }

    private String figure(Long count) {
        return count == null ? getTranslation("reporting.hidden", reporting.minimumGroupSize()) : count.toString();
    }

    private String share(Long part, Long whole) {
        if (part == null || whole == null || whole == 0) {
            return "";
        }
        return Math.round(100.0 * part / whole) + " %";
    }

    private String countryName(String code) {
        return code == null ? "" : Locale.of("", code).getDisplayCountry(getLocale()) + " (" + code + ")";
    }

    /** A column left out because the dashboard hides the figure it would tell (the same for every row). */
    private String notShown() {
        return getTranslation("reporting.drill.none");
    }

    private Object orNotShown(Object value) {
        return value == null ? notShown() : value;
    }

    private static String nullToEmpty(String text) {
        return text == null ? "" : text;
    }

    @Override
    public String getPageTitle() {
        return getTranslation("reporting.nav.dashboard");
    }
}
