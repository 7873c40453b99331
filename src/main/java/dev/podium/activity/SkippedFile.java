package dev.podium.activity;

/**
 * A file in an archive that was deliberately not read, or a group of items that could not be used.
 *
 * @param reasonKey translation key ({@code activity.skipped.*}), with the file name as argument {0}
 * @param reason the same in English
 */
public record SkippedFile(String fileName, String reasonKey, String reason) {
}
