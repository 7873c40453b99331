package dev.podium.activity;

import java.io.BufferedInputStream;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Locale;
import java.util.Set;
import java.util.function.LongSupplier;
import java.util.regex.Pattern;
import org.apache.commons.compress.archivers.ArchiveEntry;
import org.apache.commons.compress.archivers.ArchiveInputStream;
import org.apache.commons.compress.archivers.tar.TarArchiveInputStream;
import org.apache.commons.compress.archivers.zip.ZipArchiveEntry;
import org.apache.commons.compress.archivers.zip.ZipArchiveInputStream;
import org.apache.commons.compress.compressors.gzip.GzipCompressorInputStream;

/**
 * The input every reader shares: an upload — a zip, a tar.gz or a single file — walked front to back, entry by
 * entry, under the limits (sizes actually unpacked, compression ratio, number of entries, safe paths). Knows nothing
 * of what the files mean; the readers do.
 */
final class ArchiveEntries {

    private static final Pattern MEMBER_ID_SUFFIX = Pattern.compile("_\\d+$");

    private final ArchiveLimits limits;

    ArchiveEntries(ArchiveLimits limits) {
        this.limits = limits;
    }

    /** Reads one file of an archive; the stream is limited and must not be closed. */
    @FunctionalInterface
    interface EntryReader {
        /** @param in null for an entry packed in a way that cannot be unpacked */
        void read(String path, InputStream in) throws IOException;
    }

    /** Reads an upload that is not an archive. */
    @FunctionalInterface
    interface SingleReader {
        /** @param textStart the first bytes as text, or null when they are not text (see {@link #textStart}) */
        void read(String upload, InputStream in, String textStart) throws IOException;
    }

    /**
     * Walks a stored upload: every entry of a zip or tar.gz to {@code entries}, anything else whole to
     * {@code single}.
     *
     * @throws ArchiveRejected for bad input, naming the entry being read; a {@link SinkFailed} anywhere in the
     *         causes is unwrapped and passed on as it was
     */
    void walk(String upload, Path file, EntryReader entries, SingleReader single) {
        String[] current = {upload};
        try {
            long size = Files.size(file);
            if (size > limits.maxUploadBytes()) {
                throw Rejections.uploadTooLarge(upload, limits.maxUploadBytes());
            }
            try (InputStream raw = new BufferedInputStream(Files.newInputStream(file), 65536)) {
                byte[] magic = peek(raw, 4);
                if (isZip(magic)) {
                    readZip(raw, current, entries);
                } else if (isGzip(magic)) {
                    readTarGz(raw, current, entries);
                } else {
                    LimitedInputStream in = new LimitedInputStream(raw, upload, limits,
                            new LimitedInputStream.Total(), null);
                    single.read(upload, in, textStart(raw));
                }
            }
        } catch (ArchiveRejected e) {
            throw e;
        } catch (Exception | StackOverflowError e) {
            for (Throwable t = e; t != null; t = t.getCause()) {
                if (t instanceof SinkFailed failed) {
                    throw failed.original();
                }
            }
            throw translate(current[0], e);
        }
    }

    /**
     * Streams only the CSV files whose normalised names (see {@link #normalisedName}) are wanted, at any depth, to
     * the reader, under the same limits and path checks as an activity import; every other entry is passed over
     * unread. A lone CSV upload is handed over when its own name is wanted. Reads straight from the request:
     * nothing of the upload is written to disk, its size is counted instead.
     *
     * @throws ArchiveRejected for bad input (what the reader throws as {@link ArchiveRejected} is passed on)
     */
    void streamWantedCsv(String uploadName, InputStream upload, Set<String> wanted, EntryReader reader) {
        String name = uploadName == null || uploadName.isBlank() ? "upload" : uploadName;
        String[] current = {name};
        EntryReader filter = (path, in) -> {
            String base = baseName(path);
            if (in != null && base.toLowerCase(Locale.ROOT).endsWith(".csv")
                    && wanted.contains(normalisedName(base))) {
                reader.read(path, in);
            }
        };
        try {
            InputStream raw = new BufferedInputStream(new UploadLimit(upload, name, limits.maxUploadBytes()), 65536);
            byte[] magic = peek(raw, 4);
            if (isZip(magic)) {
                readZip(raw, current, filter);
            } else if (isGzip(magic)) {
                readTarGz(raw, current, filter);
            } else if (name.toLowerCase(Locale.ROOT).endsWith(".csv")) {
                filter.read(name, new LimitedInputStream(raw, name, limits, new LimitedInputStream.Total(), null));
            } else {
                throw Rejections.unknownFormat(name);
            }
        } catch (ArchiveRejected e) {
            throw e;
        } catch (Exception | StackOverflowError e) {
            throw translate(current[0], e);
        }
    }

    /** Refuses absolute paths and paths climbing out of the archive (zip slip) for the whole archive. */
    static String safePath(String raw) {
        String name = raw.replace('\\', '/');
        if (name.isEmpty() || name.startsWith("/") || name.matches("^[A-Za-z]:.*") || name.indexOf('\0') >= 0
                || Arrays.asList(name.split("/")).contains("..")) {
            throw Rejections.unsafePath(raw.isBlank() ? "(an entry without a name)"
                    : raw.length() > 200 ? raw.substring(0, 200) : raw);
        }
        return name;
    }

    /** The file name without its folders. */
    static String baseName(String path) {
        return path.substring(path.lastIndexOf('/') + 1);
    }

    /** {@code Shares_123.csv} → {@code shares}, {@code Company Follows.csv} → {@code company_follows}. */
    static String normalisedName(String base) {
        String name = base.toLowerCase(Locale.ROOT);
        int dot = name.lastIndexOf('.');
        if (dot > 0) {
            name = name.substring(0, dot);
        }
        name = name.strip().replaceAll("[\\s-]+", "_");
        return MEMBER_ID_SUFFIX.matcher(name).replaceFirst("");
    }

    private static boolean isZip(byte[] magic) {
        return magic.length >= 4 && magic[0] == 'P' && magic[1] == 'K' && (magic[2] == 3 || magic[2] == 5);
    }

    private static boolean isGzip(byte[] magic) {
        return magic.length >= 2 && (magic[0] & 0xff) == 0x1f && (magic[1] & 0xff) == 0x8b;
    }

    private static RuntimeException translate(String file, Throwable e) {
        ArchiveRejected known = Rejections.fromCause(file, e);
        return known != null ? known : Rejections.unreadable(file, e);
    }

    private void readZip(InputStream raw, String[] current, EntryReader reader) throws IOException {
        CountingInputStream packed = new CountingInputStream(raw);
        ZipArchiveInputStream zip = new ZipArchiveInputStream(packed, StandardCharsets.UTF_8.name(), true, true);
        readEntries(zip, current, zip::getCompressedCount, reader);
    }

    private void readTarGz(InputStream raw, String[] current, EntryReader reader) throws IOException {
        CountingInputStream packed = new CountingInputStream(raw);
        GzipCompressorInputStream gzip = GzipCompressorInputStream.builder().setInputStream(packed)
                .setDecompressConcatenated(true).get();
        // the ratio of a tar.gz is only known for the whole stream: check it there, sizes per entry below
        ArchiveLimits whole = new ArchiveLimits(limits.maxUploadBytes(), limits.maxTotalUncompressedBytes(),
                limits.maxTotalUncompressedBytes(), limits.maxEntries(), limits.maxCompressionRatio());
        InputStream unpacked = new LimitedInputStream(gzip, current[0], whole, new LimitedInputStream.Total(),
                packed::count);
        TarArchiveInputStream tar = new TarArchiveInputStream(unpacked, StandardCharsets.UTF_8.name());
        readEntries(tar, current, null, reader);
    }

    private void readEntries(ArchiveInputStream<?> archive, String[] current, LongSupplier entryPacked,
            EntryReader reader) throws IOException {
        LimitedInputStream.Total total = new LimitedInputStream.Total();
        String archiveName = current[0];
        int entries = 0;
        ArchiveEntry entry;
        while ((entry = archive.getNextEntry()) != null) {
            entries++;
            if (entries > limits.maxEntries()) {
                throw Rejections.tooManyEntries(archiveName, limits.maxEntries());
            }
            String name = safePath(entry.getName());
            current[0] = name;
            if (entry.isDirectory()) {
                continue;
            }
            if (entry instanceof ZipArchiveEntry zipEntry && archive instanceof ZipArchiveInputStream zip
                    && !zip.canReadEntryData(zipEntry)) {
                reader.read(name, null);
                continue;
            }
            LimitedInputStream in = new LimitedInputStream(archive, name, limits, total, entryPacked);
            reader.read(name, in);
            in.drain();
            current[0] = archiveName;
        }
    }

    /** The first bytes as text, or null when they are not text at all (random bytes, a binary file). */
    private static String textStart(InputStream raw) throws IOException {
        byte[] bytes = peek(raw, 4096);
        int length = bytes.length;
        // a multi-byte character cut off at the end of the sample is not an error
        int back = 0;
        while (back < 3 && back < length && (bytes[length - 1 - back] & 0xC0) == 0x80) {
            back++;
        }
        if (back < length && (bytes[length - 1 - back] & 0xC0) == 0xC0) {
            length = length - 1 - back;
        }
        try {
            String text = StandardCharsets.UTF_8.newDecoder().decode(ByteBuffer.wrap(bytes, 0, length)).toString();
            if (text.startsWith("\uFEFF")) {
                text = text.substring(1);
            }
            for (int i = 0; i < text.length(); i++) {
                char c = text.charAt(i);
                if (c < 0x20 && c != '\n' && c != '\r' && c != '\t') {
                    return null;
                }
            }
            return text;
        } catch (CharacterCodingException e) {
            return null;
        }
    }

    private static byte[] peek(InputStream in, int n) throws IOException {
        in.mark(n);
        byte[] bytes = in.readNBytes(n);
        in.reset();
        return bytes;
    }

    /** Counts the packed bytes consumed, for the compression ratio. */
    static class CountingInputStream extends FilterInputStream {
        private long count;

        CountingInputStream(InputStream in) {
            super(in);
        }

        long count() {
            return count;
        }

        @Override
        public int read() throws IOException {
            int b = super.read();
            if (b >= 0) {
                count++;
            }
            return b;
        }

        @Override
        public int read(byte[] b, int off, int len) throws IOException {
            int n = super.read(b, off, len);
            if (n > 0) {
                count += n;
            }
            return n;
        }

        @Override
        public long skip(long n) throws IOException {
            long s = super.skip(n);
            count += s;
            return s;
        }
    }

    /** Refuses an upload once more bytes than allowed have been read from it. */
    private static final class UploadLimit extends CountingInputStream {
        private final String name;
        private final long max;

        UploadLimit(InputStream in, String name, long max) {
            super(in);
            this.name = name;
            this.max = max;
        }

        @Override
        public int read() throws IOException {
            int b = super.read();
            check();
            return b;
        }

        @Override
        public int read(byte[] b, int off, int len) throws IOException {
            int n = super.read(b, off, len);
            check();
            return n;
        }

        @Override
        public long skip(long n) throws IOException {
            long s = super.skip(n);
            check();
            return s;
        }

        private void check() {
            if (count() > max) {
                throw Rejections.uploadTooLarge(name, max);
            }
        }
    }
}
