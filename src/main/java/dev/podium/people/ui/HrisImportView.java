package dev.podium.people.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouterLink;
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
import dev.podium.shared.ui.UploadWithProgress;
import jakarta.annotation.security.RolesAllowed;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletionException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * HR imports employees from an HRIS CSV export: upload, check the column mapping, see the preview with every
 * problem by line, import. Checking and importing run on the service's worker, with the progress shown by the
 * shared {@link UploadWithProgress}.
 */
@Route("people/import")
@RolesAllowed(Roles.HR_ADMIN)
@Menu(order = 52, title = "nav.hris-import", icon = "vaadin:file-table")
class HrisImportView extends Main implements HasDynamicTitle {

    private static final Logger log = LoggerFactory.getLogger(HrisImportView.class);
    /** Marks a column choice as "not in this file". */
    private static final int NONE = -1;

    private final HrisImportService imports;
    private final UploadWithProgress<HrisFile> upload;
    private final Div mappingBox = new Div();
    private final Div outcome = new Div();
    private HrisFile file;
    private HrisMapping mapping;

    HrisImportView(HrisImportService imports) {
        this.imports = imports;
        addClassName("podium-page");
        getStyle().set("display", "flex").set("flex-direction", "column").set("gap", "0.75rem")
                .set("max-width", "60rem");
        // read and parsed on the upload request's thread, then mapped by HR
        upload = new UploadWithProgress<>("hris", imports.maxUploadBytes(), imports::read)
                .withTexts(getTranslation("hris.ui.choose"), getTranslation("hris.ui.drop"),
                        getTranslation("hris.ui.progress-label"))
                .accepting(".csv", "text/csv", ".txt")
                .onTooLarge(() -> showProblem(getTranslation("hris.error.too-large")))
                .onReceived(this::showMapping)
                .onRefused((fileName, refused) -> showFailure(refused));
        mappingBox.setId("hris-mapping");
        outcome.setId("hris-outcome");
        add(new Paragraph(getTranslation("hris.ui.intro")), upload, mappingBox, outcome);
    }

    private void showMapping(HrisFile read) {
        file = read;
        mapping = HrisMapping.guess(read.headers());
        outcome.removeAll();
        mappingBox.removeAll();
        mappingBox.add(new H2(getTranslation("hris.ui.mapping.title", read.fileName(), read.rows().size())),
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
        // it deactivates everyone the file leaves out: marked as dangerous, and the import asks before doing so
        fullExport.setHelperText(getTranslation("hris.ui.mapping.full-export-danger") + " "
                + getTranslation("hris.ui.mapping.full-export-help"));
        fullExport.getStyle().set("color", "var(--lumo-error-text-color)").set("font-weight", "600");
        fullExport.getElement().setAttribute("data-danger", "");
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
        int rows = checking.rows().size();
        mappingBox.setEnabled(false);
        upload.run(ui, getTranslation("hris.ui.checking", 0, rows), rows,
                done -> getTranslation("hris.ui.checking", done, rows),
                progress -> imports.preview(checking, using, progress::accept), (preview, failure) -> {
                    mappingBox.setEnabled(true);
                    if (failure != null) {
                        showFailure(failure);
                    } else {
                        showPreview(ui, preview, checking, using);
                    }
                });
    }

    private void showPreview(UI ui, HrisPreview preview, HrisFile checked, HrisMapping using) {
        Div box = new Div();
        box.setId("hris-preview");
        box.add(new H2(getTranslation("hris.ui.preview.title")));
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
            if (using.fullExport() && preview.deactivated() > 0) {
                confirm.addThemeVariants(ButtonVariant.ERROR);
                confirm.addClickListener(e -> confirmDeactivation(ui, preview.deactivated(), checked, using,
                        () -> confirm.setEnabled(true)));
            } else {
                confirm.addClickListener(e -> startImport(ui, checked, using));
            }
            box.add(new HorizontalLayout(confirm));
        }
        outcome.add(box);
    }

    /** Deactivating people because a file left them out is hard to undo by hand: it is said and confirmed first. */
    private void confirmDeactivation(UI ui, int leaving, HrisFile importing, HrisMapping using, Runnable cancelled) {
        ConfirmDialog dialog = new ConfirmDialog();
        dialog.setId("hris-deactivate-dialog");
        dialog.setHeader(getTranslation("hris.ui.deactivate.title", leaving));
        dialog.setText(getTranslation("hris.ui.deactivate.text", leaving));
        dialog.setCancelable(true);
        dialog.setCancelText(getTranslation("action.cancel"));
        dialog.setConfirmText(getTranslation("hris.ui.deactivate.confirm", leaving));
        dialog.setConfirmButtonTheme("error primary");
        dialog.setCloseOnEsc(true);
        dialog.addConfirmListener(e -> startImport(ui, importing, using));
        dialog.addCancelListener(e -> cancelled.run());
        dialog.open();
    }

    private void startImport(UI ui, HrisFile importing, HrisMapping using) {
        int rows = importing.rows().size();
        mappingBox.setEnabled(false);
        upload.run(ui, getTranslation("hris.ui.importing", 0, rows), rows,
                written -> getTranslation("hris.ui.importing", written, rows),
                progress -> imports.importFile(importing, using, progress::accept), (result, failure) -> {
                    mappingBox.setEnabled(true);
                    outcome.removeAll();
                    if (failure != null) {
                        showFailure(failure);
                    } else {
                        showResult(result);
                    }
                });
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
            showProblem(getTranslation(violation.messageKey(), violation.arguments()));
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

    @Override
    public String getPageTitle() {
        return getTranslation("nav.hris-import");
    }
}
