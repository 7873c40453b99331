package dev.podium.people.ui;

import com.vaadin.flow.component.AttachEvent;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.progressbar.ProgressBar;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.upload.Upload;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouterLink;
import com.vaadin.flow.server.streams.UploadEvent;
import com.vaadin.flow.server.streams.UploadHandler;
import dev.podium.people.HrisField;
import dev.podium.people.HrisFile;
import dev.podium.people.HrisImportRejected;
import dev.podium.people.HrisImportResult;
import dev.podium.security.InvitationOutcome;
import dev.podium.security.MailNotConfigured;
import dev.podium.people.HrisImportService;
import dev.podium.people.HrisMapping;
import dev.podium.people.HrisPreview;
import dev.podium.people.HrisProblem;
import dev.podium.people.PeopleRuleViolation;
import dev.podium.shared.Roles;
import jakarta.annotation.security.RolesAllowed;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletionException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * HR imports employees from an HRIS CSV export: upload, check the column mapping, see the preview with every
 * problem by line, import. Checking and importing run on the service's worker; this view polls while they run.
 */
@Route("people/import")
@RolesAllowed(Roles.HR_ADMIN)
@Menu(order = 52, title = "nav.hris-import", icon = "vaadin:file-table")
class HrisImportView extends Main implements HasDynamicTitle {

    private static final Logger log = LoggerFactory.getLogger(HrisImportView.class);
    private static final int POLL_MILLIS = 500;
    /** Marks a column choice as "not in this file". */
    private static final int NONE = -1;

    private final HrisImportService imports;
    private final Upload upload;
    private final Div mappingBox = new Div();
    private final ProgressBar progress = new ProgressBar();
    private final Span progressText = new Span();
    private final Div outcome = new Div();
    private HrisFile file;
    private HrisMapping mapping;

    HrisImportView(HrisImportService imports) {
        this.imports = imports;
        addClassName("podium-page");
        getStyle().set("display", "flex").set("flex-direction", "column").set("gap", "0.75rem")
                .set("max-width", "60rem");
        upload = new Upload(new Receiving());
        upload.setId("hris-upload");
        upload.setMaxFiles(1);
        upload.setAcceptedFileTypes(".csv", "text/csv", ".txt");
        long maxBytes = imports.maxUploadBytes();
        upload.setMaxFileSize((int) Math.min(Integer.MAX_VALUE, maxBytes));
        upload.addFileRejectedListener(e -> showProblem(getTranslation("hris.error.too-large")));
        upload.setUploadButton(new Button(getTranslation("hris.ui.choose"), VaadinIcon.UPLOAD.create()));
        upload.setDropLabel(new Span(getTranslation("hris.ui.drop")));
        progress.setVisible(false);
        progress.getElement().setAttribute("aria-label", getTranslation("hris.ui.progress-label"));
        progressText.setId("hris-progress-text");
        progressText.getElement().setAttribute("aria-live", "polite");
        mappingBox.setId("hris-mapping");
        outcome.setId("hris-outcome");
        add(new Paragraph(getTranslation("hris.ui.intro")), upload, mappingBox, new Div(progress, progressText),
                outcome);
    }

    @Override
    protected void onAttach(AttachEvent event) {
        super.onAttach(event);
        event.getUI().setPollInterval(-1);
    }

    private final class Receiving implements UploadHandler {
        @Override
        public void handleUploadRequest(UploadEvent event) {
            UI ui = event.getUI();
            try {
                HrisFile read = imports.read(event.getFileName(), event.getInputStream());
                ui.access(() -> showMapping(read));
            } catch (PeopleRuleViolation e) {
                event.reject(e.getMessage());
                ui.access(() -> showProblem(getTranslation(e.messageKey(), e.arguments())));
            }
        }
    }

    private void showMapping(HrisFile read) {
        file = read;
        mapping = HrisMapping.guess(read.headers());
        outcome.removeAll();
        mappingBox.removeAll();
        upload.clearFileList();
        mappingBox.add(new H3(getTranslation("hris.ui.mapping.title", read.fileName(), read.rows().size())),
                new Paragraph(getTranslation("hris.ui.mapping.intro")));
        FormLayout form = new FormLayout();
        form.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1), new FormLayout.ResponsiveStep("30rem", 2));
        List<Integer> options = new ArrayList<>();
        options.add(NONE);
        for (int i = 0; i < read.headers().size(); i++) {
            options.add(i);
        }
        for (HrisField field : HrisField.values()) {
            Select<Integer> column = new Select<>();
            column.setId("hris-column-" + field.name().toLowerCase().replace('_', '-'));
            column.setLabel(getTranslation(field.labelKey()) + (field.required() ? " *" : ""));
            column.setItems(options);
            column.setItemLabelGenerator(i -> i == NONE ? getTranslation("hris.ui.mapping.none")
                    : read.headers().get(i));
            Integer guessed = mapping.columns().get(field);
            column.setValue(guessed == null ? NONE : guessed);
            column.addValueChangeListener(e -> mapping = mapping.withColumn(field,
                    e.getValue() == null || e.getValue() == NONE ? null : e.getValue()));
            form.add(column);
        }
        Checkbox fullExport = new Checkbox(getTranslation("hris.ui.mapping.full-export"));
        fullExport.setId("hris-full-export");
        fullExport.setHelperText(getTranslation("hris.ui.mapping.full-export-help"));
        fullExport.addValueChangeListener(e -> mapping = mapping.withFullExport(e.getValue()));
        Button check = new Button(getTranslation("hris.ui.check"), VaadinIcon.CHECK.create());
        check.setId("hris-check");
        check.addThemeVariants(ButtonVariant.PRIMARY);
        check.addClickListener(e -> startPreview(e.getSource().getUI().orElseThrow()));
        mappingBox.add(form, fullExport, check);
    }

    private void startPreview(UI ui) {
        outcome.removeAll();
        HrisFile checking = file;
        HrisMapping using = mapping;
        working(ui, true, getTranslation("hris.ui.checking", 0, checking.rows().size()));
        progress.setIndeterminate(false);
        progress.setValue(0);
        imports.preview(checking, using, done -> ui.access(() -> {
            progress.setValue(Math.min(1.0, done / (double) Math.max(1, checking.rows().size())));
            progressText.setText(getTranslation("hris.ui.checking", done, checking.rows().size()));
        })).whenComplete((preview, failure) -> ui.access(() -> {
            working(ui, false, "");
            if (failure != null) {
                showFailure(failure);
            } else {
                showPreview(ui, preview, checking, using);
            }
        }));
    }

    private void showPreview(UI ui, HrisPreview preview, HrisFile checked, HrisMapping using) {
        Div box = new Div();
        box.setId("hris-preview");
        box.add(new H3(getTranslation("hris.ui.preview.title")));
        UnorderedList counts = new UnorderedList(
                new ListItem(getTranslation("hris.ui.preview.created", preview.created())),
                new ListItem(getTranslation("hris.ui.preview.updated", preview.updated())),
                new ListItem(getTranslation("hris.ui.preview.unchanged", preview.unchanged())),
                new ListItem(getTranslation("hris.ui.preview.deactivated", preview.deactivated())),
                new ListItem(getTranslation("hris.ui.preview.reactivated", preview.reactivated())),
                new ListItem(getTranslation("hris.ui.preview.departments", preview.departmentsCreated())));
        counts.setId("hris-preview-counts");
        box.add(counts);
        if (!preview.importable()) {
            Paragraph headline = new Paragraph(getTranslation("hris.ui.preview.problems",
                    preview.problems().size() + preview.moreProblems()));
            headline.setId("hris-problems-headline");
            headline.getElement().setAttribute("role", "alert");
            UnorderedList problems = new UnorderedList();
            problems.setId("hris-problems");
            for (HrisProblem problem : preview.problems()) {
                problems.add(new ListItem(describe(problem)));
            }
            box.add(headline, problems);
            if (preview.moreProblems() > 0) {
                box.add(new Paragraph(getTranslation("hris.ui.preview.more-problems", preview.moreProblems())));
            }
            box.add(new Paragraph(getTranslation("hris.ui.preview.fix-and-upload")));
        } else {
            Button confirm = new Button(getTranslation("hris.ui.import"), VaadinIcon.CHECK_CIRCLE.create());
            confirm.setId("hris-import");
            confirm.addThemeVariants(ButtonVariant.PRIMARY);
            confirm.setDisableOnClick(true);
            confirm.addClickListener(e -> startImport(ui, checked, using));
            box.add(new HorizontalLayout(confirm));
        }
        outcome.add(box);
    }

    private void startImport(UI ui, HrisFile importing, HrisMapping using) {
        int rows = importing.rows().size();
        working(ui, true, getTranslation("hris.ui.importing", 0, rows));
        progress.setIndeterminate(false);
        progress.setValue(0);
        imports.importFile(importing, using, written -> ui.access(() -> {
            progress.setValue(Math.min(1.0, written / (double) Math.max(1, rows)));
            progressText.setText(getTranslation("hris.ui.importing", written, rows));
        })).whenComplete((result, failure) -> ui.access(() -> {
            working(ui, false, "");
            outcome.removeAll();
            if (failure != null) {
                showFailure(failure);
            } else {
                showResult(result);
            }
        }));
    }

    private void showResult(HrisImportResult result) {
        mappingBox.removeAll();
        HrisFile imported = file;
        HrisMapping importedMapping = mapping;
        file = null;
        Paragraph done = new Paragraph(getTranslation("hris.ui.result", result.created(), result.updated(),
                result.unchanged(), result.deactivated(), result.reactivated()));
        done.setId("hris-result");
        RouterLink employees = new RouterLink(getTranslation("hris.ui.see-employees"), EmployeeListView.class);
        // launch day: invite everyone the file lists by e-mail (a one-time link each, in their language)
        Button invite = new Button(getTranslation("hris.ui.invite-everyone"), VaadinIcon.ENVELOPE.create(), e -> {
            try {
                InvitationOutcome sent = imports.inviteEveryoneIn(imported, importedMapping);
                e.getSource().setEnabled(false);
                Notification.show(getTranslation("employees.invitations-sent", sent.sent(), sent.skipped(),
                        sent.failed())).addThemeVariants(NotificationVariant.SUCCESS);
            } catch (MailNotConfigured notConfigured) {
                Notification.show(getTranslation("employees.mail-not-configured"))
                        .addThemeVariants(NotificationVariant.ERROR);
            }
        });
        invite.setId("hris-invite");
        outcome.add(done, employees, invite);
    }

    private String describe(HrisProblem problem) {
        Object[] arguments = problem.arguments().stream()
                .map(a -> a.startsWith("hris.field.") ? getTranslation(a) : a).toArray();
        String text = getTranslation(problem.messageKey(), arguments);
        return problem.line() == 0 ? text : getTranslation("hris.ui.problem-line", problem.line(), text);
    }

    private void showFailure(Throwable failure) {
        Throwable cause = failure instanceof CompletionException && failure.getCause() != null
                ? failure.getCause() : failure;
        if (cause instanceof HrisImportRejected rejected) {
            // the data changed since the preview: show the new problems
            showPreview(UI.getCurrent(), rejected.preview(), file, mapping);
        } else if (cause instanceof PeopleRuleViolation violation) {
            showProblem(getTranslation(violation.messageKey()));
        } else {
            log.error("HRIS import failed", cause);
            showProblem(getTranslation("hris.ui.failed"));
        }
    }

    private void showProblem(String text) {
        outcome.removeAll();
        Div problem = new Div(VaadinIcon.EXCLAMATION_CIRCLE_O.create(), new Span(text));
        problem.setId("hris-problem");
        problem.getElement().setAttribute("role", "alert");
        outcome.add(problem);
    }

    private void working(UI ui, boolean on, String text) {
        ui.setPollInterval(on ? POLL_MILLIS : -1);
        upload.setEnabled(!on);
        mappingBox.setEnabled(!on);
        progress.setVisible(on);
        progressText.setText(text);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("nav.hris-import");
    }
}
