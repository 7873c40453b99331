package dev.podium.activity;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
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
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

/**
 * Reads the profile files of a LinkedIn export (DOMAIN.md §2) through {@link ArchiveReader}'s limits. Only these
 * files are opened; messages, contacts' e-mail addresses and the like are never read (Connections.csv is only
 * counted, row by row, without keeping a value).
 */
final class LinkedInProfileReader {

    static final Set<String> FILES = Set.of("profile", "positions", "education", "skills",
            "endorsement_received_info", "recommendations_received", "connections", "rich_media");

    private static final CSVFormat FORMAT = CSVFormat.RFC4180.builder().setIgnoreEmptyLines(true).get();
    private static final DateTimeFormatter MONTH = DateTimeFormatter.ofPattern("MMM uuuu", Locale.ENGLISH);
    private static final DateTimeFormatter SENTENCE_DATE = DateTimeFormatter.ofPattern("MMMM d, uuuu", Locale.ENGLISH);
    private static final Pattern UPLOAD = Pattern.compile(
            "You uploaded a profile (background )?photo on ([A-Z][a-z]+ \\d{1,2}, \\d{4})");

    private final ArchiveReader archives;

    LinkedInProfileReader(ArchiveReader archives) {
        this.archives = archives;
    }

    LinkedInProfile read(String uploadName, InputStream upload) {
        Facts facts = new Facts();
        archives.readWantedCsv(uploadName, upload, FILES, (path, in) -> {
            String name = ArchiveReader.normalisedName(path.substring(path.lastIndexOf('/') + 1));
            readFile(name, path, in, facts);
            facts.filesRead.add(path);
        });
        if (facts.filesRead.isEmpty()) {
            throw Rejections.nothingFound(uploadName);
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
        LinkedInReader.RowBudget reader = new LinkedInReader.RowBudget(TextInput.utf8(in), path);
        CSVParser parser = CSVParser.builder().setReader(reader).setFormat(FORMAT).get();
        Map<String, Integer> columns = null;
        try {
            for (CSVRecord row : parser) {
                reader.nextRow((int) parser.getCurrentLineNumber() + 1);
                if (columns == null) {
                    // Connections.csv starts with a preamble: its header is the first row naming both names
                    List<String> cells = LinkedInReader.header(row);
                    boolean header = !name.equals("connections")
                            || cells.contains("First Name") && cells.contains("Last Name");
                    if (header) {
                        columns = new HashMap<>();
                        for (int i = 0; i < cells.size(); i++) {
                            columns.putIfAbsent(cells.get(i), i);
                        }
                    }
                    continue;
                }
                readRow(name, path, row, columns, facts);
            }
        } catch (UncheckedIOException e) {
            ArchiveRejected known = Rejections.fromCause(path, e);
            throw known != null ? known : Rejections.brokenCsv(path, (int) parser.getCurrentLineNumber());
        }
    }

    private static void readRow(String name, String path, CSVRecord row, Map<String, Integer> columns, Facts facts) {
        int line = (int) row.getRecordNumber();
        switch (name) {
            case "profile" -> {
                if (facts.profile.isEmpty()) {
                    columns.forEach((column, index) -> {
                        String value = value(row, columns, column);
                        if (value != null) {
                            facts.profile.put(column, value);
                        }
                    });
                }
            }
            case "positions" -> facts.positions.add(new LinkedInProfile.Position(value(row, columns, "Company Name"),
                    value(row, columns, "Title"), value(row, columns, "Description"),
                    month(value(row, columns, "Started On"), path, line),
                    month(value(row, columns, "Finished On"), path, line)));
            case "education" -> {
                if (value(row, columns, "School Name") != null) {
                    facts.education++;
                }
            }
            case "skills" -> {
                String skill = value(row, columns, "Name");
                if (skill != null) {
                    facts.skills.add(skill);
                }
            }
            case "endorsement_received_info" -> {
                String status = value(row, columns, "Endorsement Status");
                if (status == null || status.equalsIgnoreCase("ACCEPTED")) {
                    facts.endorsements++;
                }
            }
            case "recommendations_received" -> {
                if ("VISIBLE".equalsIgnoreCase(value(row, columns, "Status"))) {
                    facts.recommendations++;
                }
            }
            case "connections" -> facts.connections++;
            case "rich_media" -> {
                String description = value(row, columns, "Media Description");
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

    private static String value(CSVRecord row, Map<String, Integer> columns, String column) {
        Integer index = columns.get(column);
        if (index == null || index >= row.size()) {
            return null;
        }
        String value = row.get(index).strip();
        // LinkedIn writes empty values as "" (quoted and quoted again)
        return value.isEmpty() || value.equals("\"\"") ? null : value;
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
