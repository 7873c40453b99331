package dev.podium.activity;

/**
 * What an uploaded archive may cost us. Enforced while streaming, on the bytes actually read, never on sizes an
 * archive declares about itself.
 *
 * @param maxCompressionRatio uncompressed bytes per compressed byte an entry may reach (zip bombs exceed it)
 */
record ArchiveLimits(long maxUploadBytes, long maxEntryBytes, long maxTotalUncompressedBytes, int maxEntries,
        int maxCompressionRatio) {

    private static final long MB = 1024L * 1024L;

    static ArchiveLimits defaults() {
        return new ArchiveLimits(200 * MB, 100 * MB, 1024 * MB, 10_000, 100);
    }
}
