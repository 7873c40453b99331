package dev.podium.activity;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Set;
import java.util.function.BiConsumer;
import java.util.function.Consumer;
import java.util.regex.Pattern;

/**
 * Reads an uploaded activity export and streams every activity item to a sink, without holding the archive or its
 * items in memory. The one place that knows which reader reads which file: {@link ArchiveEntries} walks the upload,
 * this class hands each entry to {@link LinkedInReader}, {@link MastodonReader}, {@link XArchiveReader} or
 * {@link FeedReader} (which stand side by side and share only the input helpers), and passes everything else over
 * unread (but still counted against the limits).
 */
final class ArchiveReader {

    /** Files that hold other people's or private data: named in the report as never read. */
    private static final Set<String> PRIVATE = Set.of("messages", "guide_messages", "learning_coach_messages",
            "phonenumbers", "phone_numbers", "whatsapp_phone_numbers", "email_addresses", "ad_targeting",
            "ads_clicked", "lan_ads_engagement", "connections", "invitations", "receipts", "receipts_v2",
            "registration", "imported_contacts", "contacts", "job_applicant_saved_answers", "job_applications",
            "inferences_about_you", "direct_messages", "bookmarks", "account", "ip_audit", "personal_data");
    private static final Pattern TWEETS = Pattern.compile("tweets?(-part\\d+)?\\.js");

    private final ArchiveEntries archives;

    ArchiveReader(ArchiveLimits limits) {
        this.archives = new ArchiveEntries(limits);
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
    ArchiveReport readPerFile(String uploadName, Path file, BiConsumer<String, ActivityItem> sink) {
        String upload = uploadName == null || uploadName.isBlank() ? file.getFileName().toString() : uploadName;
        ReadContext context = new ReadContext(sink);
        archives.walk(upload, file, (path, in) -> readEntry(path, in, context),
                (name, in, start) -> readSingle(name, in, start, context));
        if (context.itemCount() == 0) {
            if (context.itemsWithoutDate() > 0) {
                throw Rejections.noDates(upload);
            }
            throw Rejections.nothingFound(upload);
        }
        return context.report(ActivitySource.LINKEDIN);
    }

    /** @param in null for an entry packed in a way that cannot be unpacked */
    private static void readEntry(String path, InputStream in, ReadContext context) throws IOException {
        if (in == null) {
            context.skip(path, "activity.skipped.unsupported", "packed in a way Podium cannot unpack");
            return;
        }
        String base = ArchiveEntries.baseName(path);
        String lowerPath = path.toLowerCase(Locale.ROOT);
        String lowerBase = base.toLowerCase(Locale.ROOT);
        String normalised = ArchiveEntries.normalisedName(base);
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

    /** A lone file: told by its name where that is clear, else by how its text starts. */
    private static void readSingle(String upload, InputStream in, String start, ReadContext context)
            throws IOException {
        String lower = upload.toLowerCase(Locale.ROOT);
        String base = ArchiveEntries.baseName(lower);
        if (lower.endsWith(".csv")) {
            LinkedInReader.CsvFile csv = LinkedInReader.CsvFile.byNormalisedName(ArchiveEntries.normalisedName(base));
            if (csv == null) {
                csv = LinkedInReader.CsvFile.byHeader(CsvInput.firstLine(start));
            }
            if (csv == null) {
                throw Rejections.wrongHeader(upload, LinkedInReader.CsvFile.SHARES.header);
            }
            LinkedInReader.readCsv(csv, upload, in, context);
        } else if (start == null) {
            throw Rejections.unknownFormat(upload);
        } else if (JsonInput.looksLikeXData(start)) {
            XArchiveReader.readTweets(upload, in, context);
        } else if (start.stripLeading().startsWith("{")) {
            MastodonReader.readOutbox(upload, in, context);
        } else if (start.stripLeading().startsWith("<")) {
            FeedReader.readFeed(upload, in, context);
        } else if (LinkedInReader.CsvFile.byHeader(CsvInput.firstLine(start)) != null) {
            LinkedInReader.readCsv(LinkedInReader.CsvFile.byHeader(CsvInput.firstLine(start)), upload, in, context);
        } else {
            throw Rejections.unknownFormat(upload);
        }
    }
}
