package dev.podium.activity;

import dev.podium.shared.EmployeeId;
import dev.podium.shared.LogSafe;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.FileTime;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.UUID;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Keeps an uploaded archive on the configured volume between preview and confirmation (never only in memory:
 * archives reach 200 MB and a person may take minutes to confirm). Layout: {@code <dir>/<employee>/<id>/<name>},
 * so an upload id only ever resolves inside its owner's folder. Uploads nobody confirmed or discarded (closed
 * tab, crashed node) are swept when the application starts and whenever a new upload arrives. Each person keeps at
 * most {@code podium.activity.max-pending-uploads} (2) waiting at once, so tabs cannot pile up 200 MB archives: a new
 * upload first discards that person's oldest ones.
 */
@Component
class UploadStore {

    private static final Logger log = LoggerFactory.getLogger(UploadStore.class);
    private static final Pattern ID = Pattern.compile("[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}");
    private static final int MAX_NAME_LENGTH = 120;

    private final Path directory;
    private final Duration maxAge;
    private final Clock clock;
    private final int maxPending;

    UploadStore(@Value("${podium.activity.upload-dir:./data/uploads}") Path directory,
            @Value("${podium.activity.upload-max-age:24h}") Duration maxAge, Clock clock,
            @Value("${podium.activity.max-pending-uploads:2}") int maxPending) {
        if (maxPending < 1) {
            throw new IllegalArgumentException("podium.activity.max-pending-uploads must be at least 1");
        }
        this.maxPending = maxPending;
        this.directory = directory.toAbsolutePath().normalize();
        this.maxAge = maxAge;
        this.clock = clock;
    }

    /**
     * Copies the upload to the volume, refusing it (and deleting what was written) once it passes
     * {@code maxBytes}.
     */
    UploadedArchive save(EmployeeId owner, String originalName, InputStream content, long maxBytes) {
        sweep();
        keepNewest(owner, maxPending - 1);
        String name = safeName(originalName);
        String id = UUID.randomUUID().toString();
        Path folder = directory.resolve(owner.toString()).resolve(id);
        Path file = folder.resolve(name);
        long written = 0;
        try {
            Files.createDirectories(folder);
            try (OutputStream out = Files.newOutputStream(file, StandardOpenOption.CREATE_NEW)) {
                byte[] buffer = new byte[64 * 1024];
                for (int read = content.read(buffer); read >= 0; read = content.read(buffer)) {
                    written += read;
                    if (written > maxBytes) {
                        throw new ActivityRuleViolation("upload", "activity.ui.upload.too-large",
                                maxBytes / (1024 * 1024));
                    }
                    out.write(buffer, 0, read);
                }
            }
        } catch (IOException | RuntimeException e) {
            deleteFolder(folder);
            if (e instanceof IOException io) {
                throw new UncheckedIOException("Cannot store the upload " + name + " in " + folder, io);
            }
            throw (RuntimeException) e;
        }
        return new UploadedArchive(id, originalName == null || originalName.isBlank() ? name : originalName.strip(),
                written, owner);
    }

    /** The stored file of this owner's upload; fails when it is gone (confirmed, discarded or swept). */
    Path file(EmployeeId owner, String id) {
        Path folder = folder(owner, id);
        try (Stream<Path> files = Files.list(folder)) {
            return files.filter(Files::isRegularFile).findFirst()
                    .orElseThrow(() -> new UploadGone(id));
        } catch (NoSuchFileException e) {
            throw new UploadGone(id);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    void delete(EmployeeId owner, String id) {
        deleteFolder(folder(owner, id));
    }

    /** Deletes every upload this owner left waiting (their personal data is erased). */
    void deleteAll(EmployeeId owner) {
        deleteFolder(directory.resolve(owner.toString()));
    }

    private Path folder(EmployeeId owner, String id) {
        if (id == null || !ID.matcher(id).matches()) {
            throw new UploadGone(String.valueOf(id));
        }
        return directory.resolve(owner.toString()).resolve(id);
    }

    /** Discards this owner's oldest uploads until at most {@code keep} are left. */
    private void keepNewest(EmployeeId owner, int keep) {
        Path folder = directory.resolve(owner.toString());
        if (!Files.isDirectory(folder)) {
            return;
        }
        try (Stream<Path> uploads = Files.list(folder)) {
            List<Path> newestFirst = uploads.filter(Files::isDirectory)
                    .sorted(Comparator.comparing(UploadStore::modified).reversed()).toList();
            for (Path old : newestFirst.subList(Math.min(keep, newestFirst.size()), newestFirst.size())) {
                log.info("Discarding upload {} of employee {}: at most {} may wait at once", old.getFileName(),
                        owner, maxPending);
                deleteFolder(old);
            }
        } catch (IOException | UncheckedIOException e) {
            log.warn("Could not look at the pending uploads in {}: {}", folder, LogSafe.of(e.getMessage()));
        }
    }

    private static FileTime modified(Path path) {
        try {
            return Files.getLastModifiedTime(path);
        } catch (IOException e) {
            return FileTime.fromMillis(0);
        }
    }

    @EventListener(ApplicationReadyEvent.class)
    void sweepOnStart() {
        sweep();
    }

    /** Deletes uploads older than the configured age in every owner's folder. */
    void sweep() {
        if (!Files.isDirectory(directory)) {
            return;
        }
        Instant limit = clock.instant().minus(maxAge);
        try (DirectoryStream<Path> owners = Files.newDirectoryStream(directory, Files::isDirectory)) {
            for (Path owner : owners) {
                try (DirectoryStream<Path> uploads = Files.newDirectoryStream(owner, Files::isDirectory)) {
                    for (Path upload : uploads) {
                        FileTime modified = Files.getLastModifiedTime(upload);
                        if (modified.toInstant().isBefore(limit)) {
                            log.info("Deleting upload {} nobody confirmed since {}", upload, modified);
                            deleteFolder(upload);
                        }
                    }
                }
            }
        } catch (IOException | UncheckedIOException e) {
            // another node may be sweeping the same volume; the next sweep catches what this one missed
            log.warn("Sweeping abandoned uploads in {} failed: {}", directory, e.getMessage());
        }
    }

    /** The person's file name without folders or characters a file system may refuse, ending as it did. */
    static String safeName(String originalName) {
        String base = originalName == null ? "" : originalName.replace('\\', '/');
        base = base.substring(base.lastIndexOf('/') + 1).strip();
        String clean = base.replaceAll("[^\\p{L}\\p{N} ._()+-]", "_").replaceFirst("^\\.+", "");
        if (clean.isBlank()) {
            clean = "upload";
        }
        if (clean.length() > MAX_NAME_LENGTH) {
            // keep the end: the extension (.zip, .tar.gz, .csv …) tells the reader the format
            clean = clean.substring(clean.length() - MAX_NAME_LENGTH);
        }
        return clean;
    }

    private static void deleteFolder(Path folder) {
        if (!Files.exists(folder)) {
            return;
        }
        try (Stream<Path> paths = Files.walk(folder)) {
            paths.sorted(Comparator.reverseOrder()).forEach(path -> {
                try {
                    Files.deleteIfExists(path);
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            });
        } catch (IOException | UncheckedIOException e) {
            log.warn("Could not delete upload folder {}: {}", folder, e.getMessage());
        }
    }

    /** The upload is no longer there: confirmed, discarded, swept as abandoned, or never this person's. */
    static final class UploadGone extends ActivityRuleViolation {
        UploadGone(String id) {
            super("upload", "activity.ui.upload.gone");
        }
    }
}
