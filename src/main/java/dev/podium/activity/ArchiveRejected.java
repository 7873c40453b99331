package dev.podium.activity;

import java.text.MessageFormat;

/**
 * An upload Podium will not read: the message key and arguments say why in the person's language, the
 * English message names the file (and line) for logs and the command line. By convention the first argument is
 * the file name and, where a line applies, the second is the line number.
 */
public final class ArchiveRejected extends RuntimeException {

    private final String fileName;
    private final Integer line;
    private final String messageKey;
    private final Object[] arguments;

    ArchiveRejected(String fileName, Integer line, String messageKey, String englishReason, Object... arguments) {
        super(englishMessage(fileName, line, englishReason));
        this.fileName = fileName;
        this.line = line;
        this.messageKey = messageKey;
        this.arguments = arguments.clone();
    }

    ArchiveRejected(String fileName, Integer line, String messageKey, String englishReason, Throwable cause,
            Object... arguments) {
        this(fileName, line, messageKey, englishReason, arguments);
        initCause(cause);
    }

    private static String englishMessage(String fileName, Integer line, String reason) {
        String where = line == null ? fileName : MessageFormat.format("{0}, line {1,number,#}", fileName, line);
        return where + ": " + reason;
    }

    /** The file inside the archive, or the upload's own name. */
    public String fileName() {
        return fileName;
    }

    /** The line in that file, or null when no line applies. */
    public Integer line() {
        return line;
    }

    /** The translation key, e.g. {@code activity.rejected.zip-bomb}. */
    public String messageKey() {
        return messageKey;
    }

    /** The MessageFormat arguments for {@link #messageKey()}. */
    public Object[] arguments() {
        return arguments.clone();
    }
}
