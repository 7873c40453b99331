package dev.podium.activity;

import dev.podium.shared.EmployeeId;

/**
 * An archive the signed-in person uploaded, kept on the server's upload volume until they confirm the import or
 * leave. The id is meaningful only to its owner: the service looks it up in the caller's own folder.
 *
 * @param fileName the name the person's browser gave the file
 * @param owner whose upload it is, so the system can discard it once their session has ended
 */
public record UploadedArchive(String id, String fileName, long bytes, EmployeeId owner) {
}
