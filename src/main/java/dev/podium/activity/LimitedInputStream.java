package dev.podium.activity;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.function.LongSupplier;

/**
 * Counts the bytes an archive entry really unpacks to and refuses to go past the limits: per entry, in total,
 * and relative to the packed bytes consumed so far. Declared sizes in archive headers are never trusted.
 */
final class LimitedInputStream extends FilterInputStream {

    /** Below this many unpacked bytes the ratio is not checked: small, repetitive text files compress well. */
    static final long RATIO_GRACE_BYTES = 1024 * 1024;

    /** The running total over all entries of one archive. */
    static final class Total {
        private long bytes;
    }

    private final String name;
    private final ArchiveLimits limits;
    private final Total total;
    private final LongSupplier packedBytes;
    private long read;

    /**
     * @param packedBytes the packed bytes consumed so far for this entry (or archive), null when not packed
     */
    LimitedInputStream(InputStream in, String name, ArchiveLimits limits, Total total, LongSupplier packedBytes) {
        super(in);
        this.name = name;
        this.limits = limits;
        this.total = total;
        this.packedBytes = packedBytes;
    }

    @Override
    public int read() throws IOException {
        int b = super.read();
        if (b >= 0) {
            count(1);
        }
        return b;
    }

    @Override
    public int read(byte[] buffer, int offset, int length) throws IOException {
        int n = super.read(buffer, offset, length);
        if (n > 0) {
            count(n);
        }
        return n;
    }

    @Override
    public long skip(long n) throws IOException {
        // reading rather than skipping keeps the counts honest
        byte[] buffer = new byte[8192];
        long skipped = 0;
        while (skipped < n) {
            int r = read(buffer, 0, (int) Math.min(buffer.length, n - skipped));
            if (r < 0) {
                break;
            }
            skipped += r;
        }
        return skipped;
    }

    @Override
    public boolean markSupported() {
        return false;
    }

    private void count(int n) {
        read += n;
        total.bytes += n;
        if (read > limits.maxEntryBytes()) {
            throw Rejections.entryTooLarge(name, limits.maxEntryBytes());
        }
        if (total.bytes > limits.maxTotalUncompressedBytes()) {
            throw Rejections.totalTooLarge(name, limits.maxTotalUncompressedBytes());
        }
        if (packedBytes != null && read > RATIO_GRACE_BYTES) {
            long packed = Math.max(1, packedBytes.getAsLong());
            if (read / packed > limits.maxCompressionRatio()) {
                throw Rejections.zipBomb(name, limits.maxCompressionRatio());
            }
        }
    }

    /** The archive stream stays open for the next entry; the archive is closed by its owner. */
    @Override
    public void close() {
    }

    /** Reads to the end, so the counts cover the whole entry. */
    void drain() throws IOException {
        skip(Long.MAX_VALUE);
    }
}
