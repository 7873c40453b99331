package dev.podium.activity;

import dev.podium.shared.EmployeeId;
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
 * tab, crashed node) are swept when the application starts and whenever a new upload arrives.
 */
@Component
class UploadStore {

    private static final Logger log = LoggerFactory.getLogger(UploadStore.class);
    private static final Pattern ID = Pattern.compile("[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}");
    private static final int MAX_NAME_LENGTH = 120;

    private final Path directory;
    private final Duration maxAge;
    private final Clock clock;

    UploadStore(@Value("${podium.activity.upload-dir:./data/uploads}") Path directory,
            @Value("${podium.activity.upload-max-age:24h}") Duration maxAge, Clock clock) {
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
                written);
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

    private Path folder(EmployeeId owner, String id) {
        if (id == null || !ID.matcher(id).matches()) {
            throw new UploadGone(String.valueOf(id));
        }
        return directory.resolve(owner.toString()).resolve(id);
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
