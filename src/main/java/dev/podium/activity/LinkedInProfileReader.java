package dev.podium.activity;

import java.io.IOException;
import java.io.InputStream;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads the profile files of a LinkedIn export (DOMAIN.md §2) under the upload limits, as it streams in. Only these
 * files are opened; messages, contacts' e-mail addresses and the like are never read (Connections.csv is only
 * counted, row by row, without keeping a value).
 */
final class LinkedInProfileReader {

    static final Set<String> FILES = Set.of("profile", "positions", "education", "skills",
            "endorsement_received_info", "recommendations_received", "connections", "rich_media");

    private static final DateTimeFormatter MONTH = DateTimeFormatter.ofPattern("MMM uuuu", Locale.ENGLISH);
    private static final DateTimeFormatter SENTENCE_DATE = DateTimeFormatter.ofPattern("MMMM d, uuuu", Locale.ENGLISH);
    private static final Pattern UPLOAD = Pattern.compile(
            "You uploaded a profile (background )?photo on ([A-Z][a-z]+ \\d{1,2}, \\d{4})");

    private final ArchiveEntries archives;

    LinkedInProfileReader(ArchiveLimits limits) {
        this.archives = new ArchiveEntries(limits);
    }

    LinkedInProfile read(String uploadName, InputStream upload) {
        Facts facts = new Facts();
        archives.streamWantedCsv(uploadName, upload, FILES, (path, in) -> {
            String name = ArchiveEntries.normalisedName(ArchiveEntries.baseName(path));
            readFile(name, path, in, facts);
            facts.filesRead.add(path);
        });
        if (facts.filesRead.isEmpty()) {
            throw Rejections.noProfileFiles(uploadName);
        }
        return new LinkedInProfile(facts.profile.get("First Name"), facts.profile.get("Last Name"),
                facts.profile.get("Headline"), facts.profile.get("Summary"), facts.profile.get("Industry"),
                facts.profile.get("Geo Location"), facts.profile.get("Websites"), facts.positions,
                facts.education, facts.skills, facts.endorsements, facts.recommendations, facts.connections,
                facts.photo, facts.banner, facts.filesRead);
    }

    private static final class Facts {
        final Map<String, String> profile = new HashMap<>();
        final List<LinkedInProfile.Position> positions = new ArrayList<>();
        final List<String> skills = new ArrayList<>();
        final List<String> filesRead = new ArrayList<>();
        int education;
        int endorsements;
        int recommendations;
        int connections;
        LocalDate photo;
        LocalDate banner;
    }

    private static void readFile(String name, String path, InputStream in, Facts facts) throws IOException {
        CsvInput csv = CsvInput.open(path, in, CsvInput.STANDARD);
        // Connections.csv starts with a preamble: its header is the first row naming both names
        List<String> header = csv.header(cells -> !name.equals("connections")
                || cells.contains("First Name") && cells.contains("Last Name"));
        if (header == null) {
            return;
        }
        for (CsvInput.Row row = csv.next(); row != null; row = csv.next()) {
            readRow(name, path, header, row, facts);
        }
    }

    private static void readRow(String name, String path, List<String> header, CsvInput.Row row, Facts facts) {
        int line = row.line();
        switch (name) {
            case "profile" -> {
                if (facts.profile.isEmpty()) {
                    for (String column : header) {
                        String value = row.value(column);
                        if (value != null) {
                            facts.profile.put(column, value);
                        }
                    }
                }
            }
            case "positions" -> facts.positions.add(new LinkedInProfile.Position(row.value("Company Name"),
                    row.value("Title"), row.value("Description"),
                    month(row.value("Started On"), path, line),
                    month(row.value("Finished On"), path, line)));
            case "education" -> {
                if (row.value("School Name") != null) {
                    facts.education++;
                }
            }
            case "skills" -> {
                String skill = row.value("Name");
                if (skill != null) {
                    facts.skills.add(skill);
                }
            }
            case "endorsement_received_info" -> {
                String status = row.value("Endorsement Status");
                if (status == null || status.equalsIgnoreCase("ACCEPTED")) {
                    facts.endorsements++;
                }
            }
            case "recommendations_received" -> {
                if ("VISIBLE".equalsIgnoreCase(row.value("Status"))) {
                    facts.recommendations++;
                }
            }
            case "connections" -> facts.connections++;
            case "rich_media" -> {
                String description = row.value("Media Description");
                Matcher upload = description == null ? null : UPLOAD.matcher(description);
                if (upload != null && upload.find()) {
                    LocalDate on = sentenceDate(upload.group(2), path, line);
                    if (upload.group(1) == null) {
                        facts.photo = later(facts.photo, on);
                    } else {
                        facts.banner = later(facts.banner, on);
                    }
                }
            }
            default -> throw new IllegalStateException("not a profile file: " + name);
        }
    }

    private static LocalDate later(LocalDate known, LocalDate found) {
        return known == null || found.isAfter(known) ? found : known;
    }

    /** {@code Jan 2019}; older exports write only the year. */
    static YearMonth month(String value, String path, int line) {
        if (value == null) {
            return null;
        }
        try {
            if (value.matches("\\d{4}")) {
                return YearMonth.of(Integer.parseInt(value), 1);
            }
            return YearMonth.parse(value, MONTH);
        } catch (DateTimeParseException e) {
            throw Rejections.badDate(path, line, value.length() > 40 ? value.substring(0, 40) : value);
        }
    }

    private static LocalDate sentenceDate(String value, String path, int line) {
        try {
            return LocalDate.parse(value, SENTENCE_DATE);
        } catch (DateTimeParseException e) {
            throw Rejections.badDate(path, line, value);
        }
    }
}
