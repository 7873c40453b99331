package dev.podium.security;

import java.time.Instant;

/**
 * A finished "My data" zip of the person who asked for it: what the download link offers. The file itself stays on
 * the upload volume until it is downloaded again or swept; only its owner can open it
 * ({@link PersonalDataExportService#openMine}).
 */
public record PersonalDataExport(String id, String fileName, long bytes, int sections, long records,
        Instant createdAt) {
}
