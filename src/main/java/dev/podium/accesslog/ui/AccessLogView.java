package dev.podium.accesslog.ui;

import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.FlexLayout;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.streams.DownloadHandler;
import dev.podium.accesslog.AccessLogEntry;
import dev.podium.accesslog.AccessLogFilter;
import dev.podium.accesslog.AccessLogService;
import dev.podium.shared.AccessLogAction;
import dev.podium.shared.EmployeeId;
import dev.podium.shared.Roles;
import jakarta.annotation.security.RolesAllowed;
import java.io.OutputStream;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * HR's audit log: every logged action on people's data, newest first, lazy over any number of rows, filtered by
 * actor, action, person and dates, and exportable as CSV (the export is logged too).
 */
@Route("access-log")
@RolesAllowed(Roles.HR_ADMIN)
@Menu(order = 68, title = "access-log.nav", icon = "vaadin:records")
class AccessLogView extends Main implements HasDynamicTitle {

    private final AccessLogService accessLog;
    private final Grid<AccessLogEntry> grid = new Grid<>();
    private final TextField actor = new TextField();
    private final ComboBox<AccessLogAction> action = new ComboBox<>();
    private final IntegerField person = new IntegerField();
    private final DatePicker from = new DatePicker();
    private final DatePicker until = new DatePicker();

    AccessLogView(AccessLogService accessLog) {
        this.accessLog = accessLog;
        addClassName("podium-page");
        setHeightFull();
        getStyle().set("display", "flex").set("flex-direction", "column").set("gap", "0.75rem");

        actor.setLabel(getTranslation("access-log.filter.actor"));
        actor.setId("access-log-actor");
        actor.setClearButtonVisible(true);
        actor.setValueChangeMode(ValueChangeMode.LAZY);
        action.setLabel(getTranslation("access-log.filter.action"));
        action.setId("access-log-action");
        action.setItems(AccessLogAction.values());
        action.setItemLabelGenerator(a -> getTranslation(a.messageKey()));
        action.setClearButtonVisible(true);
        person.setLabel(getTranslation("access-log.filter.person"));
        person.setId("access-log-person");
        person.setHelperText(getTranslation("access-log.filter.person-help"));
        person.setMin(1);
        person.setClearButtonVisible(true);
        person.setValueChangeMode(ValueChangeMode.LAZY);
        from.setLabel(getTranslation("access-log.filter.from"));
        from.setId("access-log-from");
        from.setClearButtonVisible(true);
        until.setLabel(getTranslation("access-log.filter.until"));
        until.setId("access-log-until");
        until.setClearButtonVisible(true);
        actor.addValueChangeListener(e -> refresh());
        action.addValueChangeListener(e -> refresh());
        person.addValueChangeListener(e -> refresh());
        from.addValueChangeListener(e -> refresh());
        until.addValueChangeListener(e -> refresh());

        Anchor csv = new Anchor(export(), getTranslation("access-log.export-csv"));
        csv.setId("access-log-export");
        FlexLayout toolbar = new FlexLayout(actor, action, person, from, until, csv);
        toolbar.setFlexWrap(FlexLayout.FlexWrap.WRAP);
        toolbar.setAlignItems(FlexComponent.Alignment.BASELINE);
        toolbar.getStyle().set("gap", "0.75rem");

        DateTimeFormatter when = DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM)
                .withLocale(getLocale()).withZone(ZoneId.systemDefault());
        grid.setId("access-log-grid");
        grid.addColumn(e -> when.format(e.recordedAt())).setHeader(getTranslation("access-log.column.when"))
                .setAutoWidth(true);
        grid.addColumn(AccessLogEntry::actorName).setHeader(getTranslation("access-log.column.actor"))
                .setAutoWidth(true);
        grid.addColumn(e -> getTranslation(e.action().messageKey()))
                .setHeader(getTranslation("access-log.column.action")).setAutoWidth(true);
        grid.addColumn(e -> e.person() == null ? "" : Long.toString(e.person().value()))
                .setHeader(getTranslation("access-log.column.person")).setAutoWidth(true);
        grid.addColumn(e -> e.group() == null ? "" : e.group()).setHeader(getTranslation("access-log.column.group"))
                .setAutoWidth(true);
        grid.addColumn(AccessLogEntry::detail).setHeader(getTranslation("access-log.column.detail"))
                .setFlexGrow(1);
        grid.addColumn(AccessLogEntry::node).setHeader(getTranslation("access-log.column.node")).setAutoWidth(true);
        // lazy: only the rows in view are fetched, however long the log grows
        grid.setItems(query -> accessLog.page(filter(), query.getOffset(), query.getLimit()).stream(),
                query -> (int) Math.min(Integer.MAX_VALUE, accessLog.count(filter())));
        grid.setSizeFull();
        add(new H2(getTranslation("access-log.title")), new Paragraph(getTranslation("access-log.intro")), toolbar,
                grid);
    }

    private void refresh() {
        grid.getDataProvider().refreshAll();
    }

    private AccessLogFilter filter() {
        ZoneId zone = ZoneId.systemDefault();
        LocalDate first = from.getValue();
        LocalDate last = until.getValue();
        Instant start = first == null ? null : first.atStartOfDay(zone).toInstant();
        // the "to" date is included: up to the start of the day after
        Instant end = last == null ? null : last.plusDays(1).atStartOfDay(zone).toInstant();
        Integer id = person.getValue();
        return new AccessLogFilter(actor.getValue(), action.getValue(),
                id == null || id < 1 ? null : EmployeeId.of(id), start, end);
    }

    private DownloadHandler export() {
        // words taken now, on the UI thread; the filter is read when HR clicks, so the file matches the grid
        List<String> headers = List.of(getTranslation("access-log.column.when"),
                getTranslation("access-log.column.actor"), getTranslation("access-log.column.action"),
                getTranslation("access-log.column.person"), getTranslation("access-log.column.group"),
                getTranslation("access-log.column.detail"), getTranslation("access-log.column.node"));
        Map<AccessLogAction, String> labels = new EnumMap<>(AccessLogAction.class);
        for (AccessLogAction a : AccessLogAction.values()) {
            labels.put(a, getTranslation(a.messageKey()));
        }
        return event -> {
            event.setFileName("podium-hr-audit-log.csv");
            event.setContentType("text/csv; charset=UTF-8");
            try (OutputStream out = event.getOutputStream()) {
                accessLog.exportCsv(filter(), headers, labels::get, out);
            }
        };
    }

    @Override
    public String getPageTitle() {
        return getTranslation("access-log.title");
    }
}
