package dev.podium.activity.ui;

import com.vaadin.flow.component.DetachEvent;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.details.Details;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouterLink;
import dev.podium.activity.ActivityKind;
import dev.podium.activity.ActivityRuleViolation;
import dev.podium.activity.ActivityImportService;
import dev.podium.activity.AnalyticsImportResult;
import dev.podium.activity.AnalyticsPreview;
import dev.podium.activity.AnalyticsReport;
import dev.podium.activity.ArchiveRejected;
import dev.podium.activity.ArchiveReport;
import dev.podium.activity.Classification;
import dev.podium.activity.FileReport;
import dev.podium.activity.ImportPreview;
import dev.podium.activity.ImportResult;
import dev.podium.activity.SkippedFile;
import dev.podium.activity.UploadedArchive;
import dev.podium.shared.SystemUser;
import dev.podium.shared.LogSafe;
import dev.podium.shared.Roles;
import dev.podium.shared.ui.UploadWithProgress;
import jakarta.annotation.security.RolesAllowed;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.temporal.IsoFields;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.function.BiFunction;
import java.util.function.Consumer;
import java.util.function.LongConsumer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Upload an export, see what it holds, confirm. Reading and importing run on the service's workers, with the
 * progress shown by the shared {@link UploadWithProgress}.
 */
@Route("activity/import")
@RolesAllowed(Roles.EMPLOYEE)
@Menu(order = 22, title = "activity.ui.nav.import", icon = "vaadin:upload")
class ActivityImportView extends Main implements HasDynamicTitle {

    private static final Logger log = LoggerFactory.getLogger(ActivityImportView.class);

    private final ActivityImportService activity;
    private final UploadWithProgress<UploadedArchive> upload;
    private final Div outcome = new Div();
    /** The upload waiting for confirmation; discarded when the person leaves without importing. */
    private UploadedArchive pending;

    ActivityImportView(ActivityImportService activity) {
        this.activity = activity;
        addClassName("podium-page");
        getStyle().set("display", "flex").set("flex-direction", "column").set("gap", "0.75rem")
                .set("max-width", "60rem");

        Paragraph intro = new Paragraph(getTranslation("activity.ui.import.intro"));
        Details howTo = new Details(getTranslation("activity.ui.import.how-to.title"));
        UnorderedList steps = new UnorderedList(new ListItem(getTranslation("activity.ui.import.how-to.linkedin")),
                new ListItem(getTranslation("activity.ui.import.how-to.mastodon")),
                new ListItem(getTranslation("activity.ui.import.how-to.rss")),
                new ListItem(getTranslation("activity.ui.import.how-to.x")),
                new ListItem(getTranslation("activity.ui.import.how-to.analytics")));
        howTo.add(steps, new Paragraph(getTranslation("activity.ui.import.privacy")));

        // stored on the upload volume on the upload request's thread, then previewed
        long maxBytes = activity.maxUploadBytes();
        upload = new UploadWithProgress<>("activity", maxBytes, activity::receiveUpload)
                .withTexts(getTranslation("activity.ui.import.choose"), getTranslation("activity.ui.import.drop"),
                        getTranslation("activity.ui.import.progress-label"))
                .onTooLarge(() -> showProblem(getTranslation("activity.ui.upload.too-large",
                        maxBytes / (1024 * 1024))))
                .onReceived(received -> startPreview(UI.getCurrent(), received))
                .onRefused((fileName, refused) -> showFailure(refused, fileName));
        outcome.setId("activity-outcome");
        add(intro, howTo, upload, outcome);
    }

    @Override
    protected void onDetach(DetachEvent event) {
        // the person left without confirming: the upload goes now rather than with the next sweep. The tab may be
        // closing because the session ended, with nobody signed in any more, so the system discards it.
        if (pending != null) {
            UploadedArchive abandoned = pending;
            pending = null;
            try {
                SystemUser.run(() -> activity.discardAbandoned(abandoned));
            } catch (RuntimeException e) {
                log.warn("Could not discard upload {}: {}", abandoned.id(), LogSafe.of(e.getMessage()));
            }
        }
        super.onDetach(event);
    }

    private void startPreview(UI ui, UploadedArchive received) {
        discardPending();
        pending = received;
        outcome.removeAll();
        if (activity.isAnalyticsExport(received)) {
            readWithProgress(ui, received, "activity.ui.analytics.reading-count", activity::previewAnalytics,
                    preview -> showAnalyticsPreview(ui, preview));
        } else {
            readWithProgress(ui, received, "activity.ui.import.reading-count", activity::preview,
                    preview -> showPreview(ui, preview));
        }
    }

    /** Reads the received upload off the UI thread through {@code read}, counting what it read, then shows it. */
    private <P> void readWithProgress(UI ui, UploadedArchive received, String countKey,
            BiFunction<UploadedArchive, LongConsumer, CompletableFuture<P>> read, Consumer<P> show) {
        upload.run(ui, getTranslation("activity.ui.import.reading", received.fileName()),
                UploadWithProgress.UNKNOWN_TOTAL, count -> getTranslation(countKey, received.fileName(), count),
                progress -> read.apply(received, progress), (preview, failure) -> {
                    if (failure != null) {
                        // a refused archive is already gone; after any other failure it goes now
                        discardPending();
                        showFailure(failure, received.fileName());
                    } else {
                        show.accept(preview);
                    }
                });
    }

    private void showPreview(UI ui, ImportPreview preview) {
        ArchiveReport report = preview.report();
        Div box = new Div();
        box.setId("activity-preview");
        box.addClassName("podium-preview");
        Paragraph headline = new Paragraph(getTranslation("activity.ui.preview.headline", preview.items(),
                getTranslation(Labels.source(report.source())), Labels.date(report.earliest(), getLocale()),
                Labels.date(report.latest(), getLocale())));
        headline.setId("activity-preview-total");
        box.add(new H2(getTranslation("activity.ui.preview.title", preview.upload().fileName())), headline);

        UnorderedList kinds = new UnorderedList();
        kinds.setId("activity-preview-kinds");
        for (ActivityKind kind : ActivityKind.values()) {
            int count = report.totals().getOrDefault(kind, 0);
            if (count > 0) {
                kinds.add(new ListItem(getTranslation("activity.ui.preview.kind-count", count,
                        getTranslation(Labels.kind(kind)))));
            }
        }
        box.add(new Paragraph(getTranslation("activity.ui.preview.kinds")), kinds);

        UnorderedList classes = new UnorderedList();
        classes.setId("activity-preview-classes");
        for (Map.Entry<Classification, Integer> entry : preview.classifications().entrySet()) {
            classes.add(new ListItem(getTranslation("activity.ui.preview.kind-count", entry.getValue(),
                    getTranslation(Labels.classification(entry.getKey())))));
        }
        box.add(new Paragraph(getTranslation("activity.ui.preview.classes")), classes);

        if (report.files().size() > 1) {
            UnorderedList files = new UnorderedList();
            for (FileReport file : report.files()) {
                int count = file.counts().values().stream().mapToInt(Integer::intValue).sum();
                files.add(new ListItem(getTranslation("activity.ui.preview.file-count", file.fileName(), count)));
            }
            box.add(new Paragraph(getTranslation("activity.ui.preview.files")), files);
        }
        if (!report.skipped().isEmpty() || report.itemsWithoutDate() > 0) {
            UnorderedList skipped = new UnorderedList();
            skipped.setId("activity-preview-skipped");
            for (SkippedFile file : report.skipped()) {
                skipped.add(new ListItem(getTranslation(file.reasonKey(), file.fileName())));
            }
            if (report.itemsWithoutDate() > 0) {
                skipped.add(new ListItem(getTranslation("activity.ui.preview.without-date",
                        report.itemsWithoutDate())));
            }
            box.add(new Paragraph(getTranslation("activity.ui.preview.skipped")), skipped);
        }
        box.add(new Paragraph(preview.lastImport() == null ? getTranslation("activity.ui.preview.first-import")
                : getTranslation("activity.ui.preview.again", Labels.date(preview.lastImport().importedAt(),
                        getLocale()))));

        box.add(confirmOrCancel(getTranslation("activity.ui.preview.confirm", preview.items()),
                () -> startImport(ui, preview)));
        outcome.add(box);
    }

    /** Confirm (once) or cancel the pending upload; cancelling discards it. */
    private HorizontalLayout confirmOrCancel(String confirmText, Runnable onConfirm) {
        Button confirm = new Button(confirmText);
        confirm.setId("activity-confirm");
        confirm.addThemeVariants(ButtonVariant.PRIMARY);
        confirm.setDisableOnClick(true);
        Button cancel = new Button(getTranslation("action.cancel"));
        cancel.setId("activity-cancel");
        cancel.addClickListener(e -> {
            discardPending();
            outcome.removeAll();
            outcome.add(new Paragraph(getTranslation("activity.ui.preview.cancelled")));
        });
        confirm.addClickListener(e -> {
            cancel.setEnabled(false);
            onConfirm.run();
        });
        return new HorizontalLayout(confirm, cancel);
    }

    private void startImport(UI ui, ImportPreview preview) {
        writeWithProgress(ui, preview.items(), "activity.ui.import.writing", activity::confirm, this::showResult);
    }

    /**
     * Writes the pending upload off the UI thread through {@code write}, with a progress bar counting towards
     * {@code total}, then shows the result or what went wrong.
     */
    private <R> void writeWithProgress(UI ui, int total, String writingKey,
            BiFunction<UploadedArchive, LongConsumer, CompletableFuture<R>> write, Consumer<R> show) {
        UploadedArchive importing = pending;
        pending = null;
        if (importing == null) {
            return;
        }
        upload.run(ui, getTranslation(writingKey, 0, total), total, written -> getTranslation(writingKey, written,
                total), progress -> write.apply(importing, progress), (result, failure) -> {
                    outcome.removeAll();
                    if (failure != null) {
                        showFailure(failure, importing.fileName());
                    } else {
                        show.accept(result);
                    }
                });
    }

    // ---- LinkedIn's analytics export (.xlsx): the same steps, with the figures it holds

    private void showAnalyticsPreview(UI ui, AnalyticsPreview preview) {
        AnalyticsReport report = preview.report();
        Div box = new Div();
        box.setId("activity-preview");
        box.addClassName("podium-preview");
        Paragraph headline = new Paragraph(report.periodStart() == null
                ? getTranslation("activity.ui.analytics.headline-undated", report.rows())
                : getTranslation("activity.ui.analytics.headline", report.rows(),
                        Labels.date(report.periodStart(), getLocale()), Labels.date(report.periodEnd(), getLocale())));
        headline.setId("activity-preview-total");
        box.add(new H2(getTranslation("activity.ui.preview.title", preview.upload().fileName())), headline);

        UnorderedList figures = new UnorderedList();
        figures.setId("activity-preview-analytics");
        figures.add(new ListItem(getTranslation("activity.ui.analytics.posts", report.posts())));
        if (report.posts() > 0) {
            figures.add(new ListItem(report.postsWithComments() > 0
                    ? getTranslation("activity.ui.analytics.with-comments", report.postsWithComments())
                    : getTranslation("activity.ui.analytics.without-comments")));
        }
        figures.add(new ListItem(getTranslation("activity.ui.analytics.days", report.days())));
        figures.add(new ListItem(getTranslation("activity.ui.analytics.follower-days", report.followerDays())));
        box.add(figures);
        if (!report.skipped().isEmpty()) {
            UnorderedList skipped = new UnorderedList();
            skipped.setId("activity-preview-skipped");
            for (SkippedFile sheet : report.skipped()) {
                skipped.add(new ListItem(getTranslation(sheet.reasonKey(), sheet.fileName())));
            }
            box.add(new Paragraph(getTranslation("activity.ui.preview.skipped")), skipped);
        }
        box.add(new Paragraph(preview.lastImport() == null ? getTranslation("activity.ui.analytics.first-import")
                : getTranslation("activity.ui.analytics.again", Labels.date(preview.lastImport().importedAt(),
                        getLocale()))));

        box.add(confirmOrCancel(getTranslation("activity.ui.analytics.confirm", report.rows()),
                () -> writeWithProgress(ui, report.rows(), "activity.ui.analytics.writing",
                        activity::confirmAnalytics, this::showAnalyticsResult)));
        outcome.add(box);
    }

    private void showAnalyticsResult(AnalyticsImportResult result) {
        Div box = new Div();
        box.setId("activity-result");
        Paragraph added = new Paragraph(getTranslation("activity.ui.analytics.result", result.report().rows(),
                result.postsAdded()));
        added.setId("activity-result-added");
        Paragraph index = new Paragraph(getTranslation("activity.ui.result.index", result.index().total(),
                getTranslation(Labels.band(result.index().band()))));
        RouterLink conversations = new RouterLink(getTranslation("activity.ui.analytics.see-conversations"),
                MyVoiceView.class);
        conversations.setId("activity-see-voice");
        box.add(added, index, conversations);
        outcome.add(box);
    }

    private void showResult(ImportResult result) {
        Div box = new Div();
        box.setId("activity-result");
        // "the rest came with an earlier import" only when there is a rest
        Paragraph added = new Paragraph(result.added() == 0
                ? getTranslation("activity.ui.result.nothing-new", result.read())
                : result.added() == result.read()
                        ? getTranslation("activity.ui.result.all-new", result.added())
                        : getTranslation("activity.ui.result.added", result.added(), result.read()));
        added.setId("activity-result-added");
        box.add(added);
        if (result.allOlderThanWindow()) {
            // otherwise the person reads "success" and then "index is now 0" with no reason
            LocalDate last = result.latestItem().atZone(ZoneOffset.UTC).toLocalDate();
            Paragraph outside = new Paragraph(getTranslation("activity.ui.result.outside-window",
                    result.index().weeks().size(), Labels.date(result.index().windowStart(), getLocale()),
                    last.get(IsoFields.WEEK_OF_WEEK_BASED_YEAR), last.get(IsoFields.WEEK_BASED_YEAR),
                    Labels.date(last, getLocale())));
            outside.setId("activity-result-outside-window");
            outside.getElement().setAttribute("role", "status");
            outside.getStyle().set("font-weight", "600");
            box.add(outside);
        }
        Paragraph index = new Paragraph(getTranslation("activity.ui.result.index", result.index().total(),
                getTranslation(Labels.band(result.index().band()))));
        index.setId("activity-result-index");
        RouterLink voice = new RouterLink(getTranslation("activity.ui.result.see-voice"), MyVoiceView.class);
        voice.setId("activity-see-voice");
        box.add(index, voice);
        outcome.add(box);
    }

    private void showFailure(Throwable failure, String fileName) {
        Throwable cause = failure instanceof CompletionException && failure.getCause() != null
                ? failure.getCause() : failure;
        if (cause instanceof ArchiveRejected rejected) {
            showProblem(getTranslation("activity.ui.rejected", fileName,
                    getTranslation(rejected.messageKey(), rejected.arguments())));
        } else if (cause instanceof ActivityRuleViolation violation) {
            showProblem(getTranslation(violation.messageKey(), violation.arguments()));
        } else {
            log.error("Import of {} failed", LogSafe.of(fileName), cause);
            showProblem(getTranslation("activity.ui.failed", fileName));
        }
    }

    private void showProblem(String text) {
        outcome.removeAll();
        Div problem = new Div(VaadinIcon.EXCLAMATION_CIRCLE_O.create(), new Span(text));
        problem.setId("activity-problem");
        problem.getElement().setAttribute("role", "alert");
        problem.getStyle().set("display", "flex").set("gap", "0.5rem").set("align-items", "flex-start")
                .set("font-weight", "600").set("padding", "0.75rem").set("border", "1px solid currentColor")
                .set("border-radius", "0.5rem");
        outcome.add(problem);
    }

    private void discardPending() {
        if (pending != null) {
            UploadedArchive old = pending;
            pending = null;
            activity.discard(old);
        }
    }

    @Override
    public String getPageTitle() {
        return getTranslation("activity.ui.nav.import");
    }
}
