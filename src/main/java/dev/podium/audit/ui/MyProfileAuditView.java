package dev.podium.audit.ui;

import com.vaadin.flow.component.DetachEvent;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.component.upload.Upload;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.streams.UploadEvent;
import com.vaadin.flow.server.streams.UploadHandler;
import dev.podium.activity.ArchiveRejected;
import dev.podium.audit.AuditDetails;
import dev.podium.audit.AuditRuleViolation;
import dev.podium.audit.AuditService;
import dev.podium.audit.AuditStatus;
import dev.podium.audit.ManualAnswers;
import dev.podium.shared.Roles;
import jakarta.annotation.security.RolesAllowed;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * The employee's profile audit: upload the LinkedIn export, answer what it cannot show, submit; then the status,
 * the feedback per rubric item, the final score and the rounds so far.
 */
@Route("audit")
@RolesAllowed(Roles.EMPLOYEE)
@Menu(order = 23, title = "audit.ui.nav.my-audit", icon = "vaadin:clipboard-check")
class MyProfileAuditView extends Main implements HasDynamicTitle {

    private final AuditService audits;
    private final Div content = new Div();
    /** What the last submit was refused for, shown beside the button until the person changes something. */
    private final Span problem = new Span();
    /** The uploaded export, kept in a temporary file until submitted or the person leaves. */
    private Path upload;
    private String uploadName;

    MyProfileAuditView(AuditService audits) {
        this.audits = audits;
        addClassName("podium-page");
        getStyle().set("display", "flex").set("flex-direction", "column").set("gap", "0.75rem")
                .set("max-width", "72rem");
        add(new Paragraph(getTranslation("audit.ui.my.intro")), content);
        render();
    }

    private void render() {
        content.removeAll();
        Optional<AuditDetails> found = audits.myAudit();
        if (found.isEmpty()) {
            content.add(new Paragraph(getTranslation("audit.ui.my.none")), form(null));
            return;
        }
        AuditDetails audit = found.get();
        Paragraph status = new Paragraph(getTranslation("audit.ui.my.status", AuditTexts.status(this, audit.status()),
                audit.coachName() == null ? "–" : audit.coachName()));
        status.setId("audit-status");
        content.add(status);
        if (audit.finalScore() != null) {
            H2 score = new H2(getTranslation("audit.ui.final-score", audit.finalScore()));
            score.setId("audit-final-score");
            content.add(score);
        }
        if (audit.status() == AuditStatus.IN_REVIEW || audit.status() == AuditStatus.REVISION_REQUESTED) {
            // while in review the person sees where the points stand, not only once approved
            Paragraph running = new Paragraph(AuditTexts.runningTotal(this, audit.currentRound()));
            running.setId("audit-running-total");
            content.add(running);
        }
        content.add(AuditTexts.itemList(this, audit.currentRound()));
        if (audit.status() == AuditStatus.REVISION_REQUESTED) {
            content.add(new H2(getTranslation("audit.ui.my.revise")), form(audit.currentRound().answers()));
        } else if (!audit.status().open()) {
            content.add(new H2(getTranslation("audit.ui.my.again")), form(null));
        }
        content.add(new H2(getTranslation("audit.ui.history")), AuditTexts.history(this, audit));
    }

    private Div form(ManualAnswers previous) {
        boolean revision = previous != null;
        TextField customUrl = new TextField(getTranslation("audit.ui.custom-url"));
        customUrl.setId("audit-custom-url");
        customUrl.setPlaceholder("https://www.linkedin.com/in/…");
        customUrl.setMaxLength(300);
        customUrl.setWidthFull();
        customUrl.setErrorMessage(getTranslation("audit.ui.custom-url.malformed"));
        // checked as the person leaves the field, so a typo shows before submitting
        customUrl.addValueChangeListener(e -> {
            customUrl.setInvalid(!ManualAnswers.isProfileAddressOrEmpty(e.getValue()));
            clearProblem();
        });
        TextArea featured = new TextArea(getTranslation("audit.ui.featured"));
        featured.setId("audit-featured");
        featured.setMaxLength(2000);
        featured.setWidthFull();
        Checkbox follow = new Checkbox(getTranslation("audit.ui.follow-primary"));
        follow.setId("audit-follow");
        if (revision) {
            customUrl.setValue(previous.customUrl());
            featured.setValue(previous.featuredItems());
            follow.setValue(previous.followPrimary());
        }
        Span uploaded = new Span(getTranslation(revision ? "audit.ui.upload.optional" : "audit.ui.upload.none"));
        uploaded.setId("audit-uploaded");
        Receiving receiving = new Receiving(uploaded);
        Upload uploadField = new Upload(receiving);
        receiving.field = uploadField;
        uploadField.setId("audit-upload");
        uploadField.setMaxFiles(1);
        uploadField.setAcceptedFileTypes(".zip", ".csv");
        uploadField.setMaxFileSize((int) Math.min(Integer.MAX_VALUE, audits.maxUploadBytes()));
        uploadField.setUploadButton(new Button(getTranslation("audit.ui.upload.choose"), VaadinIcon.UPLOAD.create()));
        uploadField.setDropLabel(new Span(getTranslation("audit.ui.upload.drop")));
        Button submit = new Button(getTranslation(revision ? "audit.ui.resubmit" : "audit.ui.submit"), e -> {
            if (!ManualAnswers.isProfileAddressOrEmpty(customUrl.getValue())) {
                customUrl.setInvalid(true);
                customUrl.focus();
                return;
            }
            submit(new ManualAnswers(customUrl.getValue(), featured.getValue(), follow.getValue()));
        });
        submit.setId("audit-submit");
        submit.addThemeVariants(ButtonVariant.PRIMARY);
        featured.addValueChangeListener(e -> clearProblem());
        follow.addValueChangeListener(e -> clearProblem());
        problem.setId("audit-problem");
        problem.getElement().setAttribute("role", "alert");
        problem.getStyle().set("color", "var(--lumo-error-text-color, #b00020)");
        problem.setVisible(false);
        Div form = new Div(new Paragraph(getTranslation("audit.ui.upload.help")), uploadField, uploaded, customUrl,
                featured, follow, problem, submit);
        form.getStyle().set("display", "flex").set("flex-direction", "column").set("gap", "0.5rem");
        return form;
    }

    private void submit(ManualAnswers answers) {
        try {
            if (upload == null) {
                audits.submit(null, null, answers);
            } else {
                try (InputStream in = Files.newInputStream(upload)) {
                    audits.submit(uploadName, in, answers);
                }
            }
            discardUpload();
            clearProblem();
            Notification.show(getTranslation("audit.ui.submitted")).addThemeVariants(NotificationVariant.SUCCESS);
            render();
        } catch (AuditRuleViolation e) {
            problem(getTranslation(e.messageKey()));
        } catch (ArchiveRejected e) {
            discardUpload();
            problem(getTranslation(e.messageKey(), e.arguments()));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Shows what went wrong beside the submit button, not in a notification over the form: the person reads it
     * while fixing the form, and it goes away once they change something.
     */
    private void problem(String text) {
        problem.setText(text);
        problem.setVisible(true);
    }

    private void clearProblem() {
        problem.setText("");
        problem.setVisible(false);
    }

    /** Copies the export to a temporary file on the upload request's thread. */
    private final class Receiving implements UploadHandler {
        private final Span uploaded;
        /** The upload field, emptied when an upload is refused so the person can choose another file at once. */
        private @Nullable Upload field;

        Receiving(Span uploaded) {
            this.uploaded = uploaded;
        }

        @Override
        public void handleUploadRequest(UploadEvent event) throws IOException {
            Path file = Files.createTempFile("podium-audit-", ".upload");
            long max = audits.maxUploadBytes();
            try (InputStream in = event.getInputStream(); OutputStream out = Files.newOutputStream(file)) {
                byte[] buffer = new byte[65536];
                long total = 0;
                for (int n; (n = in.read(buffer)) >= 0; ) {
                    total += n;
                    if (total > max) {
                        throw new IOException("upload larger than " + max + " bytes");
                    }
                    out.write(buffer, 0, n);
                }
            } catch (IOException e) {
                Files.deleteIfExists(file);
                event.reject(e.getMessage());
                return;
            }
            UI ui = event.getUI();
            String name = event.getFileName();
            // read at once, so another network's archive is refused here and not after the form is filled in
            ArchiveRejected unreadable = null;
            try (InputStream in = Files.newInputStream(file)) {
                audits.checkExport(name, in);
            } catch (ArchiveRejected e) {
                unreadable = e;
                Files.deleteIfExists(file);
            }
            ArchiveRejected refused = unreadable;
            ui.access(() -> {
                discardUpload();
                if (refused != null) {
                    if (field != null) {
                        field.clearFileList();
                    }
                    uploaded.setText(getTranslation(refused.messageKey(), refused.arguments()));
                    uploaded.getStyle().set("color", "var(--lumo-error-text-color, #b00020)");
                    return;
                }
                clearProblem();
                upload = file;
                uploadName = name;
                uploaded.getStyle().remove("color");
                uploaded.setText(getTranslation("audit.ui.upload.ready", name));
            });
        }
    }

    private void discardUpload() {
        if (upload != null) {
            try {
                Files.deleteIfExists(upload);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            upload = null;
            uploadName = null;
        }
    }

    @Override
    protected void onDetach(DetachEvent event) {
        discardUpload();
        super.onDetach(event);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("audit.ui.nav.my-audit");
    }
}
