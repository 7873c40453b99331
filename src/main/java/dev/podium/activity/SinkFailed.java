package dev.podium.activity;

/**
 * What a reader's caller did with an item failed (a database error, say): not the upload's fault, so
 * {@link ArchiveEntries#walk} passes the cause on unchanged instead of blaming the file.
 */
final class SinkFailed extends RuntimeException {

    SinkFailed(RuntimeException cause) {
        super(cause);
    }

    RuntimeException original() {
        return (RuntimeException) getCause();
    }
}
