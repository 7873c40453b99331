package dev.podium.security;

import com.vaadin.flow.i18n.I18NProvider;
import dev.podium.shared.AccessLog;
import dev.podium.shared.AccessLogAction;
import dev.podium.shared.CurrentUser;
import dev.podium.shared.EmployeeId;
import dev.podium.shared.PersonalDataExporter;
import dev.podium.shared.Roles;
import dev.podium.shared.SignedInUser;
import jakarta.annotation.PreDestroy;
import jakarta.annotation.security.RolesAllowed;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * "My data": a person downloads everything Podium holds about them as a zip (JSON per section, a readable HTML
 * summary in their language). Only ever the caller's own data: no method takes a person. Every module that holds
 * personal data contributes through its {@link PersonalDataExporter}; all of them read inside one read-only
 * transaction (one consistent snapshot) on a worker thread, and the rows stream into a file on the upload volume,
 * {@code <my-data-dir>/<employee>/<id>.zip}, which the person's own session then downloads. A person keeps one
 * export: a new one deletes the previous, and files older than {@code podium.security.my-data-keep} are swept.
 */
@Service
public class PersonalDataExportService {

    private static final Logger log = LoggerFactory.getLogger(PersonalDataExportService.class);
    private static final Pattern EXPORT_ID = Pattern.compile("[0-9a-f-]{36}");
    private static final int PROGRESS_EVERY = 500;

    private final List<PersonalDataExporter> exporters;
    private final CurrentUser currentUser;
    private final UserAccountRepository accounts;
    private final I18NProvider texts;
    private final Clock clock;
    private final TransactionTemplate snapshot;
    private final Path directory;
    private final Duration keep;
    private final ExecutorService workers;

    private final AccessLog accessLog;

    PersonalDataExportService(List<PersonalDataExporter> exporters, CurrentUser currentUser,
            UserAccountRepository accounts, I18NProvider texts, Clock clock, PlatformTransactionManager transactions,
            @Value("${podium.security.my-data-dir:${podium.activity.upload-dir:./data/uploads}/my-data}")
            Path directory, @Value("${podium.security.my-data-keep:PT24H}") Duration keep, AccessLog accessLog) {
        this.accessLog = accessLog;
        this.exporters = exporters;
        this.currentUser = currentUser;
        this.accounts = accounts;
        this.texts = texts;
        this.clock = clock;
        this.snapshot = new TransactionTemplate(transactions);
        this.snapshot.setReadOnly(true);
        this.snapshot.setIsolationLevel(TransactionDefinition.ISOLATION_REPEATABLE_READ);
        this.directory = directory.toAbsolutePath().normalize();
        this.keep = keep;
        // two at a time: an export holds a database connection for its whole snapshot; more would queue
        this.workers = Executors.newFixedThreadPool(2, Thread.ofPlatform().name("my-data-", 1).daemon(true)
                .factory());
    }

    @PreDestroy
    void stopWorkers() throws InterruptedException {
        workers.shutdown();
        workers.awaitTermination(10, TimeUnit.SECONDS);
    }

    /**
     * Builds the caller's own export on a worker thread. The future fails (and leaves no file) when writing fails.
     *
     * @param progress told, from the worker thread, after each module and every {@value #PROGRESS_EVERY} records
     */
    @RolesAllowed({Roles.EMPLOYEE, Roles.COACH, Roles.LINE_MANAGER, Roles.HR_ADMIN})
    public CompletableFuture<PersonalDataExport> exportMine(Consumer<ExportProgress> progress) {
        SignedInUser user = currentUser.require();
        EmployeeId person = user.employeeId();
        Locale language = accounts.findByEmployeeId(person.value()).map(UserAccount::locale).orElse(Locale.ENGLISH);
        log.info("Person {} asked for a copy of their data", person);
        accessLog.record(AccessLogAction.PERSONAL_DATA_EXPORTED, person, null, "The person's own copy of their data");
        return CompletableFuture.supplyAsync(() -> write(person, user.displayName(), language, progress), workers);
    }

    /** Opens the caller's own export for download; another person's, or one swept away, is refused. */
    @RolesAllowed({Roles.EMPLOYEE, Roles.COACH, Roles.LINE_MANAGER, Roles.HR_ADMIN})
    public InputStream openMine(PersonalDataExport export) {
        EmployeeId person = currentUser.employeeId();
        Path file = file(person, export.id());
        if (!Files.isRegularFile(file)) {
            throw new AccessDeniedException("No such export of this person");
        }
        try {
            return Files.newInputStream(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private PersonalDataExport write(EmployeeId person, String name, Locale language,
            Consumer<ExportProgress> progress) {
        Instant now = clock.instant();
        String id = UUID.randomUUID().toString();
        Path folder = directory.resolve(person.toString());
        Path file = folder.resolve(id + ".zip");
        Path scratch = folder.resolve(id + ".html.part");
        try {
            Files.createDirectories(folder);
            deleteOlder(folder);
            long[] written = {0};
            int[] modulesDone = {0};
            try (OutputStream out = Files.newOutputStream(file)) {
                PersonalDataZip zip = new PersonalDataZip(out, scratch, language, texts, () -> {
                    if (++written[0] % PROGRESS_EVERY == 0) {
                        progress.accept(new ExportProgress(modulesDone[0], exporters.size(), written[0]));
                    }
                });
                snapshot.executeWithoutResult(status -> {
                    for (PersonalDataExporter exporter : exporters) {
                        exporter.exportPersonalData(person, zip);
                        progress.accept(new ExportProgress(++modulesDone[0], exporters.size(), zip.records()));
                    }
                });
                zip.finish(name, now);
                Files.setLastModifiedTime(file, FileTime.from(now));
                return new PersonalDataExport(id, "podium-my-data-" + DateTimeFormatter.BASIC_ISO_DATE
                        .format(now.atOffset(ZoneOffset.UTC)) + ".zip", Files.size(file), zip.sections(),
                        zip.records(), now);
            }
        } catch (IOException | RuntimeException e) {
            delete(file);
            throw e instanceof IOException io ? new UncheckedIOException(io) : (RuntimeException) e;
        } finally {
            delete(scratch);
        }
    }

    /** Sweeps exports older than the keep period (on every node: the volume is shared, and deleting twice is fine). */
    @Scheduled(fixedDelayString = "${podium.security.my-data-sweep:PT1H}", initialDelayString = "PT5M")
    void sweep() {
        if (!Files.isDirectory(directory)) {
            return;
        }
        Instant before = clock.instant().minus(keep);
        try (DirectoryStream<Path> people = Files.newDirectoryStream(directory, Files::isDirectory)) {
            for (Path folder : people) {
                try (Stream<Path> files = Files.list(folder)) {
                    files.filter(f -> modified(f).isBefore(before)).forEach(PersonalDataExportService::delete);
                }
            }
        } catch (IOException | UncheckedIOException e) {
            log.warn("Sweeping old data exports failed; the next run tries again", e);
        }
    }

    private Path file(EmployeeId person, String id) {
        if (!EXPORT_ID.matcher(id).matches()) {
            throw new AccessDeniedException("No such export of this person");
        }
        return directory.resolve(person.toString()).resolve(id + ".zip");
    }

    private static void deleteOlder(Path folder) throws IOException {
        try (Stream<Path> files = Files.list(folder)) {
            files.forEach(PersonalDataExportService::delete);
        }
    }

    private static Instant modified(Path file) {
        try {
            return Files.getLastModifiedTime(file).toInstant();
        } catch (IOException e) {
            return Instant.MAX;
        }
    }

    private static void delete(Path file) {
        try {
            Files.deleteIfExists(file);
        } catch (IOException e) {
            log.warn("Could not delete {}", file, e);
        }
    }
}
