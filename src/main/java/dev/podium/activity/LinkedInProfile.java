package dev.podium.activity;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;

/**
 * The profile facts of a LinkedIn member data export (Profile, Positions, Education, Skills, endorsements,
 * recommendations, connections, photo uploads), as read by {@link ActivityImportService#readLinkedInProfile}. Absent
 * values are null; counts of files that were missing are zero.
 *
 * @param websites the Websites column as written, e.g. {@code [PORTFOLIO:https://example.org]}
 * @param visibleRecommendations received recommendations with status VISIBLE
 * @param photoUploadedOn the latest "You uploaded a profile photo" in Rich_Media.csv, or null
 * @param bannerUploadedOn the latest "You uploaded a profile background photo", or null
 * @param filesRead the archive paths that were read, for the evidence
 */
public record LinkedInProfile(String firstName, String lastName, String headline, String summary, String industry,
        String geoLocation, String websites, List<Position> positions, int educationEntries, List<String> skills,
        int endorsements, int visibleRecommendations, int connections, LocalDate photoUploadedOn,
        LocalDate bannerUploadedOn, List<String> filesRead) {

    public LinkedInProfile {
        positions = List.copyOf(positions);
        skills = List.copyOf(skills);
        filesRead = List.copyOf(filesRead);
    }

    /** One row of Positions.csv; a blank end date means the role is current. */
    public record Position(String companyName, String title, String description, YearMonth startedOn,
            YearMonth finishedOn) {

        public boolean current() {
            return finishedOn == null;
        }
    }

    /** The first current position, or null. */
    public Position currentPosition() {
        return positions.stream().filter(Position::current).findFirst().orElse(null);
    }
}
