package dev.podium.activity;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.UnaryOperator;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

/** Builds archives from the fixture files at test time, so no binary files live in git. */
final class ActivityFixtures {

    private ActivityFixtures() {
    }

    static Path resource(String name) {
        try {
            return Path.of(ActivityFixtures.class.getResource("/activity/" + name).toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    static byte[] bytes(String name) {
        try {
            return Files.readAllBytes(resource(name));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Every file under a fixture folder, by path relative to it (with '/'), renamed as asked. */
    static Map<String, byte[]> folder(String name, UnaryOperator<String> rename) {
        Path root = resource(name);
        Map<String, byte[]> entries = new LinkedHashMap<>();
        try (Stream<Path> files = Files.walk(root)) {
            for (Path file : files.filter(Files::isRegularFile).sorted().toList()) {
                String relative = root.relativize(file).toString().replace('\\', '/');
                entries.put(rename.apply(relative), Files.readAllBytes(file));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return entries;
    }

    static Path zip(Path target, Map<String, byte[]> entries) {
        try (OutputStream out = Files.newOutputStream(target); ZipOutputStream zip = new ZipOutputStream(out)) {
            for (Map.Entry<String, byte[]> entry : entries.entrySet()) {
                zip.putNextEntry(new ZipEntry(entry.getKey()));
                zip.write(entry.getValue());
                zip.closeEntry();
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return target;
    }

    static Path write(Path target, byte[] content) {
        try {
            return Files.write(target, content);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static Path write(Path target, String content) {
        return write(target, content.getBytes(java.nio.charset.StandardCharsets.UTF_8));
    }

    /** What a read gave: the report and every item, in order. */
    record Read(ArchiveReport report, List<ActivityItem> items) {

        List<ActivityItem> of(ActivityKind kind) {
            return items.stream().filter(i -> i.kind() == kind).toList();
        }

        ActivityItem withKey(String key) {
            return items.stream().filter(i -> i.naturalKey().equals(key)).findFirst()
                    .orElseThrow(() -> new AssertionError("no item " + key + " in " + items));
        }
    }

    static Read read(Path file) {
        return read(file.getFileName().toString(), file, ArchiveLimits.defaults());
    }

    static Read read(String uploadName, Path file, ArchiveLimits limits) {
        List<ActivityItem> items = new ArrayList<>();
        ArchiveReport report = new ArchiveReader(limits).read(uploadName, file, items::add);
        return new Read(report, items);
    }
}
