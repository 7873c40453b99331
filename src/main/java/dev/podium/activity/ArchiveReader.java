package dev.podium.activity;

import java.io.BufferedInputStream;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Locale;
import java.util.Set;
import java.util.function.Consumer;
import java.util.regex.Pattern;
import org.apache.commons.compress.archivers.ArchiveEntry;
import org.apache.commons.compress.archivers.ArchiveInputStream;
import org.apache.commons.compress.archivers.tar.TarArchiveInputStream;
import org.apache.commons.compress.archivers.zip.ZipArchiveEntry;
import org.apache.commons.compress.archivers.zip.ZipArchiveInputStream;
import org.apache.commons.compress.compressors.gzip.GzipCompressorInputStream;

/**
 * Reads an uploaded export and streams every activity item to a sink, without holding the archive or its
 * items in memory. Zip and tar.gz archives are read front to back, entry by entry; only the files Podium needs
 * are parsed, everything else is passed over unread (but still counted against the limits).
 */
final class ArchiveReader {

    /** Files that hold other people's or private data: named in the report as never read. */
    private static final Set<String> PRIVATE = Set.of("messages", "guide_messages", "learning_coach_messages",
            "phonenumbers", "phone_numbers", "whatsapp_phone_numbers", "email_addresses", "ad_targeting",
            "ads_clicked", "lan_ads_engagement", "connections", "invitations", "receipts", "receipts_v2",
            "registration", "imported_contacts", "contacts", "job_applicant_saved_answers", "job_applications",
            "inferences_about_you", "direct_messages", "bookmarks", "account", "ip_audit", "personal_data");
    private static final Pattern MEMBER_ID_SUFFIX = Pattern.compile("_\\d+$");
    private static final Pattern TWEETS = Pattern.compile("tweets?(-part\\d+)?\\.js");

    private final ArchiveLimits limits;

    ArchiveReader(ArchiveLimits limits) {
        this.limits = limits;
    }

    /**
     * Streams every item to the sink; never holds the whole archive in memory. Detects the format from content
     * and name (zip / tar.gz / .csv / RSS-Atom XML / X tweets.js / Mastodon outbox.json).
     * <p>
     * Entries are read in archive order, so when a later entry turns out bad the sink has already received the
     * items of earlier ones: callers import all-or-nothing (one transaction) and discard what they got.
     *
     * @throws ArchiveRejected for bad input; finding nothing usable counts as bad input too. What the sink
     *         throws is passed on unchanged.
     */
    ArchiveReport read(String uploadName, Path file, Consumer<ActivityItem> sink) {
        return readPerFile(uploadName, file, (fileName, item) -> sink.accept(item));
    }

    /** As {@link #read(String, Path, Consumer)}, telling the sink which file of the archive each item came from. */
    ArchiveReport readPerFile(String uploadName, Path file, java.util.function.BiConsumer<String, ActivityItem> sink) {
        String upload = uploadName == null || uploadName.isBlank() ? file.getFileName().toString() : uploadName;
        ReadContext context = new ReadContext(sink);
        String[] current = {upload};
        try {
            long size = Files.size(file);
            if (size > limits.maxUploadBytes()) {
                throw Rejections.uploadTooLarge(upload, limits.maxUploadBytes());
            }
            try (InputStream raw = new BufferedInputStream(Files.newInputStream(file), 65536)) {
                byte[] magic = peek(raw, 4);
                EntryReader entries = (name, in) -> readEntry(name, in, context);
                if (isZip(magic)) {
                    readZip(raw, current, entries);
                } else if (isGzip(magic)) {
                    readTarGz(raw, current, entries);
                } else {
                    readSingle(upload, raw, context, current);
                }
            }
        } catch (ArchiveRejected e) {
            throw e;
        } catch (Exception | StackOverflowError e) {
            for (Throwable t = e; t != null; t = t.getCause()) {
                if (t instanceof ReadContext.SinkFailed failed) {
                    throw failed.original();
                }
            }
            throw translate(current[0], e);
        }
        if (context.itemCount() == 0) {
            if (context.itemsWithoutDate() > 0) {
                throw Rejections.noDates(upload);
            }
            throw Rejections.nothingFound(upload);
        }
        return context.report(ActivitySource.LINKEDIN);
    }

    /** Reads one file of an archive; the stream is limited and must not be closed. */
    @FunctionalInterface
    interface EntryReader {
        void read(String path, InputStream in) throws IOException;
    }

    /**
     * Streams only the CSV files whose normalised names (see {@link #normalisedName}) are wanted, at any depth, to
     * the reader, under the same limits and path checks as an activity import; every other entry is passed over
     * unread. A lone CSV upload is handed over when its own name is wanted.
     *
     * @throws ArchiveRejected for bad input (what the reader throws as {@link ArchiveRejected} is passed on)
     */
    void readWantedCsv(String uploadName, InputStream upload, Set<String> wanted, EntryReader reader) {
        String upload0 = uploadName == null || uploadName.isBlank() ? "upload" : uploadName;
        String[] current = {upload0};
        EntryReader filter = (path, in) -> {
            String base = path.substring(path.lastIndexOf('/') + 1);
            if (in != null && base.toLowerCase(Locale.ROOT).endsWith(".csv")
                    && wanted.contains(normalisedName(base))) {
                reader.read(path, in);
            }
        };
        try {
            // read straight from the request: nothing of the export is written to disk, the size is counted instead
            InputStream raw = new BufferedInputStream(new UploadLimit(upload, upload0, limits.maxUploadBytes()), 65536);
            byte[] magic = peek(raw, 4);
            if (isZip(magic)) {
                readZip(raw, current, filter);
            } else if (isGzip(magic)) {
                readTarGz(raw, current, filter);
            } else if (upload0.toLowerCase(Locale.ROOT).endsWith(".csv")) {
                filter.read(upload0, new LimitedInputStream(raw, upload0, limits, new LimitedInputStream.Total(),
                        null));
            } else {
                throw Rejections.unknownFormat(upload0);
            }
        } catch (ArchiveRejected e) {
            throw e;
        } catch (Exception | StackOverflowError e) {
            throw translate(current[0], e);
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

    // ---- archives

    private void readZip(InputStream raw, String[] current, EntryReader reader) throws IOException {
        CountingInputStream packed = new CountingInputStream(raw);
        ZipArchiveInputStream zip = new ZipArchiveInputStream(packed, StandardCharsets.UTF_8.name(), true, true);
        readEntries(zip, current, () -> zip.getCompressedCount(), reader);
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

    private void readEntries(ArchiveInputStream<?> archive, String[] current,
            java.util.function.LongSupplier entryPacked, EntryReader reader) throws IOException {
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

    /** @param in null for an entry packed in a way that cannot be unpacked */
    private void readEntry(String path, InputStream in, ReadContext context) throws IOException {
        if (in == null) {
            context.skip(path, "activity.skipped.unsupported", "packed in a way Podium cannot unpack");
            return;
        }
        String base = path.substring(path.lastIndexOf('/') + 1);
        String lowerPath = path.toLowerCase(Locale.ROOT);
        String lowerBase = base.toLowerCase(Locale.ROOT);
        String normalised = normalisedName(base);
        String extension = lowerBase.contains(".") ? lowerBase.substring(lowerBase.lastIndexOf('.') + 1) : "";
        LinkedInReader.CsvFile csv = extension.equals("csv") ? LinkedInReader.CsvFile.byNormalisedName(normalised)
                : null;
        if (csv != null) {
            LinkedInReader.readCsv(csv, path, in, context);
        } else if ((extension.equals("html") || extension.equals("htm"))
                && (lowerPath.startsWith("articles/") || lowerPath.contains("/articles/"))) {
            LinkedInReader.readArticle(path, in, context);
        } else if (lowerBase.equals("outbox.json")) {
            MastodonReader.readOutbox(path, in, context);
        } else if (TWEETS.matcher(lowerBase).matches()) {
            XArchiveReader.readTweets(path, in, context);
        } else if (lowerBase.equals("note-tweet.js") && !context.xPostsRead()) {
            XArchiveReader.readLongPosts(path, in, context);
        } else if (lowerBase.equals("note-tweet.js")) {
            context.skip(path, "activity.skipped.long-posts",
                    "long posts are counted from tweets.js, where they appear shortened");
        } else if (PRIVATE.contains(normalised)) {
            context.skip(path, "activity.skipped.private", "private data, never read");
        } else {
            context.skip(path, "activity.skipped.not-needed", "not needed for activity");
        }
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

    // ---- single files

    private void readSingle(String upload, InputStream raw, ReadContext context, String[] current)
            throws IOException {
        current[0] = upload;
        LimitedInputStream in = new LimitedInputStream(raw, upload, limits, new LimitedInputStream.Total(), null);
        String lower = upload.toLowerCase(Locale.ROOT);
        String start = textStart(raw);
        String base = lower.substring(lower.lastIndexOf('/') + 1);
        if (lower.endsWith(".csv")) {
            LinkedInReader.CsvFile csv = LinkedInReader.CsvFile.byNormalisedName(normalisedName(base));
            if (csv == null) {
                csv = LinkedInReader.CsvFile.byHeader(firstCsvLine(start));
            }
            if (csv == null) {
                throw Rejections.wrongHeader(upload, "Date,ShareLink,ShareCommentary,SharedUrl,MediaUrl,Visibility");
            }
            LinkedInReader.readCsv(csv, upload, in, context);
        } else if (start == null) {
            throw Rejections.unknownFormat(upload);
        } else if (XArchiveReader.looksLikeX(start)) {
            XArchiveReader.readTweets(upload, in, context);
        } else if (start.stripLeading().startsWith("{")) {
            MastodonReader.readOutbox(upload, in, context);
        } else if (start.stripLeading().startsWith("<")) {
            FeedReader.readFeed(upload, in, context);
        } else if (LinkedInReader.CsvFile.byHeader(firstCsvLine(start)) != null) {
            LinkedInReader.readCsv(LinkedInReader.CsvFile.byHeader(firstCsvLine(start)), upload, in, context);
        } else {
            throw Rejections.unknownFormat(upload);
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
            String text = StandardCharsets.UTF_8.newDecoder()
                    .decode(java.nio.ByteBuffer.wrap(bytes, 0, length)).toString();
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

    private static java.util.List<String> firstCsvLine(String start) {
        if (start == null) {
            return java.util.List.of();
        }
        String line = start.lines().findFirst().orElse("");
        return Arrays.stream(line.split(",", -1)).map(s -> s.strip().replace("\"", "")).toList();
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
}
