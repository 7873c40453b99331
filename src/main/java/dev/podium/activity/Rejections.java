package dev.podium.activity;

/** The reasons an upload is refused, each with its translation key and an English sentence. */
final class Rejections {

    private Rejections() {
    }

    static ArchiveRejected uploadTooLarge(String file, long maxBytes) {
        return new ArchiveRejected(file, null, "activity.rejected.upload-too-large",
                "the upload is larger than " + megabytes(maxBytes) + " MB", file, megabytes(maxBytes));
    }

    static ArchiveRejected entryTooLarge(String file, long maxBytes) {
        return new ArchiveRejected(file, null, "activity.rejected.entry-too-large",
                "this file unpacks to more than " + megabytes(maxBytes) + " MB", file, megabytes(maxBytes));
    }

    static ArchiveRejected totalTooLarge(String file, long maxBytes) {
        return new ArchiveRejected(file, null, "activity.rejected.total-too-large",
                "the archive unpacks to more than " + megabytes(maxBytes) + " MB", file, megabytes(maxBytes));
    }

    static ArchiveRejected zipBomb(String file, int ratio) {
        return new ArchiveRejected(file, null, "activity.rejected.zip-bomb",
                "this file unpacks to more than " + ratio + " times its packed size (a zip bomb?)", file, ratio);
    }

    static ArchiveRejected tooManyEntries(String file, int max) {
        return new ArchiveRejected(file, null, "activity.rejected.too-many-entries",
                "the archive holds more than " + max + " files", file, max);
    }

    static ArchiveRejected unsafePath(String entry) {
        return new ArchiveRejected(entry, null, "activity.rejected.unsafe-path",
                "this path points outside the archive; the whole archive is refused", entry);
    }

    static ArchiveRejected truncated(String file) {
        return new ArchiveRejected(file, null, "activity.rejected.truncated",
                "the file is damaged or incomplete (the upload may have been cut off)", file);
    }

    static ArchiveRejected notUtf8(String file) {
        return new ArchiveRejected(file, null, "activity.rejected.not-utf8",
                "the text is not UTF-8; export it again without converting it", file);
    }

    static ArchiveRejected wrongHeader(String file, String expected) {
        return new ArchiveRejected(file, 1, "activity.rejected.wrong-header",
                "the first line should name the columns " + expected, file, 1, expected);
    }

    static ArchiveRejected badDate(String file, int line, String value) {
        return new ArchiveRejected(file, line, "activity.rejected.bad-date",
                "\"" + value + "\" is not a date of the form yyyy-MM-dd HH:mm:ss", file, line, value);
    }

    static ArchiveRejected brokenCsv(String file, int line) {
        return new ArchiveRejected(file, line, "activity.rejected.broken-csv",
                "the quoting of this row is broken, or the file ends inside a quoted value", file, line);
    }

    static ArchiveRejected rowTooLong(String file, int line, int maxChars) {
        return new ArchiveRejected(file, line, "activity.rejected.row-too-long",
                "this row runs on for more than " + maxChars + " characters; a quote is probably never closed",
                file, line, maxChars);
    }

    static ArchiveRejected brokenJson(String file, int line) {
        return new ArchiveRejected(file, line, "activity.rejected.broken-json",
                "this is not valid JSON of the expected shape", file, line);
    }

    static ArchiveRejected unknownFormat(String file) {
        return new ArchiveRejected(file, null, "activity.rejected.unknown-format",
                "this is not an export Podium can read (a LinkedIn or Mastodon zip, an X archive, an RSS/Atom "
                        + "feed or a LinkedIn CSV)", file);
    }

    static ArchiveRejected unreadable(String file, Throwable cause) {
        return new ArchiveRejected(file, null, "activity.rejected.unreadable",
                "the file cannot be read: " + shortReason(cause), cause, file);
    }

    static ArchiveRejected nothingFound(String file) {
        return new ArchiveRejected(file, null, "activity.rejected.nothing-found",
                "no posts, comments, reactions or reshares were found in it", file);
    }

    /** Not a LinkedIn export: none of the profile files is in it (another network's archive, for instance). */
    static ArchiveRejected noProfileFiles(String file) {
        return new ArchiveRejected(file, null, "activity.rejected.no-profile-files",
                "it is not a LinkedIn data export: none of the profile files (Profile.csv, Positions.csv, ...) is in it",
                file);
    }

    static ArchiveRejected noDates(String file) {
        return new ArchiveRejected(file, null, "activity.rejected.no-dates",
                "none of its items has a date, so none can be placed in a week", file);
    }

    /**
     * The rejection a low-level failure stands for, when it stands for one: a rejection raised deeper down, bytes
     * that are not UTF-8, or a stream that ends too early. Null otherwise.
     */
    static ArchiveRejected fromCause(String file, Throwable failure) {
        for (Throwable t = failure; t != null; t = t.getCause()) {
            if (t instanceof ArchiveRejected rejected) {
                return rejected;
            }
            if (t instanceof java.nio.charset.CharacterCodingException) {
                return notUtf8(file);
            }
            if (t instanceof java.io.EOFException || t.getMessage() != null
                    && t.getMessage().toLowerCase(java.util.Locale.ROOT).contains("truncated")) {
                return truncated(file);
            }
        }
        return null;
    }

    private static long megabytes(long bytes) {
        return Math.max(1, bytes / (1024 * 1024));
    }

    private static String shortReason(Throwable cause) {
        String message = cause.getMessage();
        if (message == null || message.isBlank()) {
            return cause.getClass().getSimpleName();
        }
        message = message.strip().lines().findFirst().orElse("");
        return message.length() > 200 ? message.substring(0, 200) + "…" : message;
    }
}
