package dev.podium.activity;

import dev.podium.shared.CurrentUser;
import dev.podium.shared.Roles;
import dev.podium.shared.EmployeeId;
import dev.podium.shared.LogSafe;
import jakarta.annotation.PreDestroy;
import jakarta.annotation.security.RolesAllowed;
import java.io.InputStream;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.util.EnumMap;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.function.LongConsumer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.concurrent.DelegatingSecurityContextExecutorService;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Getting posting activity in: an employee uploads an archive (or LinkedIn's analytics export), previews what it
 * holds, and confirms; the import is all-or-nothing and ends with the index computed anew. Also reads the profile
 * facts of a LinkedIn export for the profile audit, without storing anything.
 */
@Service
public class ActivityImportService {

    private static final Logger log = LoggerFactory.getLogger(ActivityImportService.class);
    private static final int PROGRESS_STEP = 1_000;

    private final ItemStore items;
    private final ImportRunRepository imports;
    private final IndexKeeper indexes;
    private final UploadStore uploads;
    private final ActivityProperties properties;
    private final CurrentUser currentUser;
    private final ApplicationEventPublisher events;
    private final Clock clock;
    private final TransactionTemplate transactions;
    private final ItemClassifier classifier;
    private final ArchiveLimits limits;
    private final ExecutorService workers;
    private final ExecutorService readers;
    private final AnalyticsStore analytics;

    ActivityImportService(AnalyticsStore analytics, ItemStore items, ImportRunRepository imports,
            IndexKeeper indexes, UploadStore uploads, ActivityProperties properties, CurrentUser currentUser,
            ApplicationEventPublisher events, Clock clock, PlatformTransactionManager transactionManager) {
        this.analytics = analytics;
        this.items = items;
        this.imports = imports;
        this.indexes = indexes;
        this.uploads = uploads;
        this.properties = properties;
        this.currentUser = currentUser;
        this.events = events;
        this.clock = clock;
        this.transactions = new TransactionTemplate(transactionManager);
        this.classifier = indexes.classifier();
        this.limits = properties.limits().toArchiveLimits();
        // two at a time: an import holds a database connection for its whole transaction; more would queue.
        // The caller's security context travels with the work, for listeners of the events it publishes.
        this.workers = new DelegatingSecurityContextExecutorService(Executors.newFixedThreadPool(2,
                Thread.ofPlatform().name("activity-import-", 1).daemon(true).factory()));
        // each import reads its archive on a thread of its own while its worker writes (see ReadAhead)
        this.readers = Executors.newCachedThreadPool(Thread.ofPlatform().name("activity-read-", 1).daemon(true)
                .factory());
    }

    @PreDestroy
    void stopWorkers() throws InterruptedException {
        workers.shutdown();
        readers.shutdown();
        workers.awaitTermination(10, TimeUnit.SECONDS);
        readers.awaitTermination(5, TimeUnit.SECONDS);
    }

    /**
     * Stores an upload on the upload volume until the person confirms or leaves; refuses one larger than the
     * upload limit with {@link ActivityRuleViolation} {@code activity.ui.upload.too-large}.
     */
    @RolesAllowed(Roles.EMPLOYEE)
    public UploadedArchive receiveUpload(String fileName, InputStream content) {
        return uploads.save(currentUser.employeeId(), fileName, content, limits.maxUploadBytes());
    }

    /**
     * Reads the whole upload on a worker thread without storing anything. The future fails with
     * {@link ArchiveRejected} for bad input (the upload is then deleted).
     *
     * @param itemsRead told how many items were read so far, from the worker thread, every thousand items
     */
    @RolesAllowed(Roles.EMPLOYEE)
    public CompletableFuture<ImportPreview> preview(UploadedArchive upload, LongConsumer itemsRead) {
        EmployeeId owner = currentUser.employeeId();
        Path file = uploads.file(owner, upload.id());
        return CompletableFuture.supplyAsync(() -> readPreview(owner, upload, file, itemsRead), workers);
    }

    /**
     * Imports the upload in one transaction on a worker thread: every new item or none. Publishes
     * {@link ActivityImported} and {@link SocialLeadershipIndexChanged} inside that transaction, then deletes the
     * upload, whatever the outcome.
     *
     * @param itemsWritten told how many items were written so far, from the worker thread, every thousand items
     */
    @RolesAllowed(Roles.EMPLOYEE)
    public CompletableFuture<ImportResult> confirm(UploadedArchive upload, LongConsumer itemsWritten) {
        EmployeeId owner = currentUser.employeeId();
        Path file = uploads.file(owner, upload.id());
        return CompletableFuture.supplyAsync(() -> {
            try {
                return importArchive(owner, upload, file, itemsWritten);
            } finally {
                uploads.delete(owner, upload.id());
            }
        }, workers);
    }

    /**
     * Whether an upload is LinkedIn's analytics export (an .xlsx workbook) rather than an activity archive; the
     * analytics export goes through {@link #previewAnalytics} and {@link #confirmAnalytics}.
     */
    @RolesAllowed(Roles.EMPLOYEE)
    public boolean isAnalyticsExport(UploadedArchive upload) {
        return AnalyticsReader.isWorkbook(uploads.file(currentUser.employeeId(), upload.id()));
    }

    /**
     * Reads a whole analytics export on a worker thread without storing anything. The future fails with
     * {@link ArchiveRejected} for bad input, naming sheet and row (the upload is then deleted).
     *
     * @param rowsRead told how many rows were read so far, from the worker thread
     */
    @RolesAllowed(Roles.EMPLOYEE)
    public CompletableFuture<AnalyticsPreview> previewAnalytics(UploadedArchive upload, LongConsumer rowsRead) {
        EmployeeId owner = currentUser.employeeId();
        Path file = uploads.file(owner, upload.id());
        return CompletableFuture.supplyAsync(() -> {
            Instant started = clock.instant();
            long[] rows = {0};
            try {
                AnalyticsReport report = analyticsReader().read(upload.fileName(), file, counting(rows, rowsRead));
                rowsRead.accept(rows[0]);
                return new AnalyticsPreview(upload, report, analytics.lastImport(owner.value()).orElse(null));
            } catch (ArchiveRejected e) {
                uploads.delete(owner, upload.id());
                recordAnalyticsRefusal(owner, upload, e, started);
                throw e;
            }
        }, workers);
    }

    /**
     * Imports an analytics export in one transaction on a worker thread: every figure or none; a post or day already
     * known is updated, not duplicated. Publishes {@link SocialLeadershipIndexChanged} inside that transaction (the
     * conversations started count towards engagement quality), then deletes the upload, whatever the outcome.
     */
    @RolesAllowed(Roles.EMPLOYEE)
    public CompletableFuture<AnalyticsImportResult> confirmAnalytics(UploadedArchive upload, LongConsumer rowsWritten) {
        EmployeeId owner = currentUser.employeeId();
        Path file = uploads.file(owner, upload.id());
        return CompletableFuture.supplyAsync(() -> {
            Instant started = clock.instant();
            try {
                return transactions.execute(status -> {
                    long run = analytics.start(owner.value(), upload.fileName(), started);
                    long before = analytics.countPosts(owner.value());
                    AnalyticsStore.Writer writer = analytics.writer(owner.value(), run, rowsWritten);
                    AnalyticsReport report = analyticsReader().read(upload.fileName(), file, writer);
                    writer.finish();
                    int added = Math.toIntExact(analytics.countPosts(owner.value()) - before);
                    analytics.complete(run, report, added, clock.instant());
                    SocialLeadershipIndex index = indexes.storeAfterImport(owner);
                    log.info("Employee {} imported the analytics export {}: {} rows, {} new posts", owner,
                            upload.fileName(), report.rows(), added);
                    return new AnalyticsImportResult(report, added, index);
                });
            } catch (ArchiveRejected e) {
                recordAnalyticsRefusal(owner, upload, e, started);
                throw e;
            } catch (RuntimeException e) {
                log.error("Analytics import of {} by employee {} failed; nothing was stored", upload.fileName(),
                        owner, e);
                recordAnalyticsRefusal(owner, upload, null, started);
                throw e;
            } finally {
                uploads.delete(owner, upload.id());
            }
        }, workers);
    }

    private AnalyticsReader analyticsReader() {
        return new AnalyticsReader(properties.analytics(), limits);
    }

    /** A sink that only counts, for the preview. */
    private static AnalyticsFigures.Sink counting(long[] rows, LongConsumer progress) {
        return new AnalyticsFigures.Sink() {
            @Override
            public void post(AnalyticsFigures.Post post) {
                step();
            }

            @Override
            public void day(AnalyticsFigures.Day day) {
                step();
            }

            @Override
            public void followers(AnalyticsFigures.FollowerDay day) {
                step();
            }

            private void step() {
                if (++rows[0] % PROGRESS_STEP == 0) {
                    progress.accept(rows[0]);
                }
            }
        };
    }

    private void recordAnalyticsRefusal(EmployeeId owner, UploadedArchive upload, ArchiveRejected rejected,
            Instant started) {
        if (rejected != null) {
            log.info("Employee {} uploaded the analytics export {}, refused: {}", owner, upload.fileName(),
                    rejected.getMessage());
        }
        try {
            transactions.executeWithoutResult(status -> analytics.refused(owner.value(), upload.fileName(),
                    rejected == null ? null : rejected.messageKey(), started, clock.instant()));
        } catch (RuntimeException e) {
            log.warn("Could not log the refused analytics upload {} of employee {}", upload.fileName(), owner, e);
        }
    }

    /** The person leaves without importing: their upload is deleted now rather than by the next sweep. */
    @RolesAllowed(Roles.EMPLOYEE)
    public void discard(UploadedArchive upload) {
        uploads.delete(currentUser.employeeId(), upload.id());
    }

    /**
     * The system's clean-up when the owner's session or tab has ended with an upload still waiting: nobody is
     * signed in any more, so it runs as the system ({@code SystemUser}) and deletes the upload in its owner's
     * folder.
     */
    @RolesAllowed(Roles.SYSTEM)
    public void discardAbandoned(UploadedArchive upload) {
        uploads.delete(upload.owner(), upload.id());
    }

    /**
     * Reads the profile facts of the signed-in person's LinkedIn export (zip, tar.gz or a single profile CSV) as it
     * streams in, under the upload limits; only the profile files are opened and nothing is stored.
     *
     * @throws ArchiveRejected for bad input, including an upload over the limit
     */
    @RolesAllowed(Roles.EMPLOYEE)
    public LinkedInProfile readLinkedInProfile(String fileName, InputStream content) {
        return new LinkedInProfileReader(limits).read(fileName, content);
    }

    /** The largest upload accepted, in bytes (configured as {@code podium.activity.limits.max-upload}). */
    @RolesAllowed(Roles.EMPLOYEE)
    public long maxUploadBytes() {
        return limits.maxUploadBytes();
    }

    private ImportPreview readPreview(EmployeeId owner, UploadedArchive upload, Path file, LongConsumer itemsRead) {
        Instant started = clock.instant();
        Map<Classification, Integer> classes = new EnumMap<>(Classification.class);
        long[] count = {0};
        try {
            ArchiveReport report = new ArchiveReader(limits).read(upload.fileName(), file, item -> {
                classes.merge(classifier.classify(item).classification(), 1, Integer::sum);
                if (++count[0] % PROGRESS_STEP == 0) {
                    itemsRead.accept(count[0]);
                }
            });
            itemsRead.accept(count[0]);
            ImportSummary last = imports.findFirstByEmployeeIdAndStatusOrderByFinishedAtDesc(owner.value(),
                    ImportRun.Status.COMPLETED).map(ImportRun::summary).orElse(null);
            return new ImportPreview(upload, report, classes, last);
        } catch (ArchiveRejected e) {
            uploads.delete(owner, upload.id());
            recordRejection(owner, upload, e, started);
            throw e;
        }
    }

    private ImportResult importArchive(EmployeeId owner, UploadedArchive upload, Path file, LongConsumer written) {
        Instant started = clock.instant();
        try {
            return transactions.execute(status -> {
                ImportRun run = imports.saveAndFlush(new ImportRun(owner.value(), upload.fileName(), started));
                long before = items.count(owner.value());
                long writeStart = System.nanoTime();
                ItemStore.Writer writer = items.writer(owner.value(), run.id(), written);
                ArchiveReport report = ReadAhead.run(readers, classifier,
                        sink -> new ArchiveReader(limits).read(upload.fileName(), file, sink), writer::write);
                int read = Math.toIntExact(writer.written());
                int added = Math.toIntExact(items.count(owner.value()) - before);
                long indexStart = System.nanoTime();
                Instant now = clock.instant();
                run.complete(report.source(), read, added, now);
                events.publishEvent(new ActivityImported(owner, report.source(), added, now));
                int previous = indexes.lastTotal(owner);
                SocialLeadershipIndex index = indexes.storeAfterImport(owner);
                log.info("Employee {} imported {} ({}): {} items read, {} new; read and written in {} ms, index and"
                        + " events in {} ms", owner, upload.fileName(), report.source(), read, added,
                        (indexStart - writeStart) / 1_000_000, (System.nanoTime() - indexStart) / 1_000_000);
                return new ImportResult(report.source(), read, added, now, previous, index, report.latest());
            });
        } catch (ArchiveRejected e) {
            recordRejection(owner, upload, e, started);
            throw e;
        } catch (RuntimeException e) {
            log.error("Import of {} by employee {} failed; nothing was stored", LogSafe.of(upload.fileName()), owner, e);
            recordRefusal(owner, upload, null, started);
            throw e;
        }
    }

    private void recordRejection(EmployeeId owner, UploadedArchive upload, ArchiveRejected rejected, Instant started) {
        log.info("Employee {} uploaded {}, refused: {}", owner, LogSafe.of(upload.fileName()),
                LogSafe.of(rejected.getMessage()));
        recordRefusal(owner, upload, rejected.messageKey(), started);
    }

    /** A refused or failed import is logged in a transaction of its own: the import's own one has rolled back. */
    private void recordRefusal(EmployeeId owner, UploadedArchive upload, String messageKey, Instant started) {
        try {
            transactions.executeWithoutResult(status -> imports.save(ImportRun.refused(owner.value(),
                    upload.fileName(), messageKey, started, clock.instant())));
        } catch (RuntimeException e) {
            log.warn("Could not log the refused upload {} of employee {}", LogSafe.of(upload.fileName()), owner, e);
        }
    }
}
