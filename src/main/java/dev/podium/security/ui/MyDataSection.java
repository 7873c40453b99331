package dev.podium.security.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.progressbar.ProgressBar;
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.server.streams.DownloadResponse;
import dev.podium.security.AccountSection;
import dev.podium.security.PersonalDataExport;
import dev.podium.security.PersonalDataExportService;
import dev.podium.shared.SignedInUser;
import java.text.NumberFormat;
import java.util.concurrent.CompletionException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * "My data" on the person's own account page: builds the export off the UI thread with a progress bar (the UI polls
 * while it runs; the application has no server push), then offers the zip for download.
 */
@org.springframework.stereotype.Component
class MyDataSection implements AccountSection {

    private static final Logger log = LoggerFactory.getLogger(MyDataSection.class);
    private static final int POLL_MILLIS = 500;

    private final PersonalDataExportService exports;

    MyDataSection(PersonalDataExportService exports) {
        this.exports = exports;
    }

    @Override
    public int order() {
        return 80;
    }

    @Override
    public Component render(SignedInUser user) {
        Div section = new Div();
        section.setId("my-data-section");
        Paragraph explanation = new Paragraph(section.getTranslation("my-data.explanation"));
        Button prepare = new Button(section.getTranslation("my-data.prepare"), VaadinIcon.DOWNLOAD.create());
        prepare.setId("my-data-prepare");
        ProgressBar progress = new ProgressBar();
        progress.setVisible(false);
        progress.getElement().setAttribute("aria-label", section.getTranslation("my-data.progress-label"));
        Span status = new Span();
        status.setId("my-data-status");
        status.getElement().setAttribute("aria-live", "polite");
        Div download = new Div();
        download.setId("my-data-download");
        prepare.addClickListener(click -> {
            UI ui = UI.getCurrent();
            NumberFormat numbers = NumberFormat.getIntegerInstance(ui.getLocale());
            prepare.setEnabled(false);
            download.removeAll();
            progress.setVisible(true);
            progress.setValue(0);
            status.setText(section.getTranslation("my-data.preparing"));
            ui.setPollInterval(POLL_MILLIS);
            exports.exportMine(step -> ui.access(() -> {
                progress.setValue(step.fraction());
                status.setText(section.getTranslation("my-data.progress", numbers.format(step.records())));
            })).whenComplete((export, failure) -> ui.access(() -> {
                ui.setPollInterval(-1);
                progress.setVisible(false);
                prepare.setEnabled(true);
                if (failure != null) {
                    log.warn("A data export failed", failure instanceof CompletionException c && c.getCause() != null
                            ? c.getCause() : failure);
                    status.setText(section.getTranslation("my-data.failed"));
                    return;
                }
                status.setText(section.getTranslation("my-data.ready", numbers.format(export.records()),
                        export.sections()));
                download.add(link(export, section.getTranslation("my-data.download", export.fileName())));
            }));
        });
        section.add(new H3(section.getTranslation("my-data.title")), explanation, prepare, new Div(progress, status),
                download);
        return section;
    }

    private Anchor link(PersonalDataExport export, String label) {
        // the service checks on every download that the export is the signed-in person's own
        Anchor anchor = new Anchor(DownloadHandler.fromInputStream(event -> new DownloadResponse(
                exports.openMine(export), export.fileName(), "application/zip", export.bytes())), label);
        anchor.getElement().setAttribute("download", true);
        anchor.setId("my-data-link");
        return anchor;
    }
}
