package dev.podium.people;

import dev.podium.shared.Texts;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.IntConsumer;
import java.util.regex.Pattern;

/**
 * Checks every row of an HRIS file against the file itself and the people already known, and works out what an
 * import would change. Pure computation over two snapshots (the file, the current employees): no queries, so it
 * runs the same for the preview and, again inside the import's transaction, for the import itself.
 */
final class HrisPlan {

    private static final Pattern EMAIL = Pattern.compile("^[^@\\s]+@[^@\\s]+\\.[^@\\s]+$");
    private static final Set<String> COUNTRIES = new HashSet<>(Arrays.asList(Locale.getISOCountries()));
    private static final Set<String> LANGUAGES = new HashSet<>(Arrays.asList(Locale.getISOLanguages()));
    private static final Set<String> ACTIVE = Set.of("active", "employed", "current", "1", "true", "yes", "y",
            "aktiv", "ansat", "ja");
    private static final Set<String> LEFT = Set.of("inactive", "terminated", "left", "leaver", "former", "ended",
            "0", "false", "no", "n", "inaktiv", "fratrådt", "fratraadt", "ophørt", "stoppet", "nej");
    private static final List<DateTimeFormatter> DATES = List.of(DateTimeFormatter.ISO_LOCAL_DATE,
            DateTimeFormatter.ofPattern("d.M.uuuu"), DateTimeFormatter.ofPattern("d/M/uuuu"),
            DateTimeFormatter.ofPattern("d-M-uuuu"));

    /** An employee as the database holds them now. */
    record Existing(long id, String externalId, String email, String firstName, String lastName, String jobTitle,
            Long departmentId, String countryCode, Long managerId, String locale, boolean active) {
    }

    record DepartmentKey(String name, String countryCode) {

        /** MariaDB compares department names without regard to case: so does the import. */
        DepartmentKey normalised() {
            return new DepartmentKey(name.toLowerCase(Locale.ROOT), countryCode);
        }
    }

    /**
     * A row that creates or changes a person. Exactly one of {@code managerExternalId} (a person in the file) and
     * {@code managerId} (a person only in the database) is set when the row names a manager.
     */
    record Candidate(int line, Long existingId, String externalId, String email, String firstName, String lastName,
            String jobTitle, DepartmentKey department, String countryCode, String managerExternalId, Long managerId,
            Locale locale, boolean leaving) {
    }

    final List<HrisProblem> problems = new ArrayList<>();
    final List<Candidate> creates = new ArrayList<>();
    final List<Candidate> updates = new ArrayList<>();
    final List<Long> deactivations = new ArrayList<>();
    final List<Long> reactivations = new ArrayList<>();
    final Set<DepartmentKey> newDepartments = new LinkedHashSet<>();
    int unchanged;
    int rows;

    private HrisPlan() {
    }

    static HrisPlan of(HrisFile file, HrisMapping mapping, List<Existing> existing,
            Map<DepartmentKey, Long> departments, Long importingPerson, LocalDate today, IntConsumer progress) {
        HrisPlan plan = new HrisPlan();
        plan.build(file, mapping, existing, departments, importingPerson, today, progress);
        return plan;
    }

    HrisPreview preview(int maxProblems) {
        List<HrisProblem> sorted = problems.stream().sorted(Comparator.comparingInt(HrisProblem::line)).toList();
        List<HrisProblem> shown = sorted.size() > maxProblems ? sorted.subList(0, maxProblems) : sorted;
        return new HrisPreview(rows, creates.size(), updates.size(), unchanged, deactivations.size(),
                reactivations.size(), newDepartments.size(), shown, sorted.size() - shown.size());
    }

    private void build(HrisFile file, HrisMapping mapping, List<Existing> existing,
            Map<DepartmentKey, Long> departments, Long importingPerson, LocalDate today, IntConsumer progress) {
        rows = file.rows().size();
        for (HrisField field : HrisField.values()) {
            if (field.required() && mapping.column(field) == null) {
                problems.add(HrisProblem.of(0, "hris.error.column-unmapped", field.labelKey()));
            }
        }
        if (!problems.isEmpty()) {
            return;
        }
        Map<String, Existing> byExternalId = new HashMap<>();
        Map<String, Existing> byEmail = new HashMap<>();
        Map<Long, Existing> byId = new HashMap<>();
        for (Existing e : existing) {
            if (e.externalId() != null) {
                byExternalId.put(e.externalId(), e);
            }
            byEmail.put(e.email().toLowerCase(Locale.ROOT), e);
            byId.put(e.id(), e);
        }
        Map<DepartmentKey, Long> knownDepartments = new HashMap<>();
        departments.forEach((key, id) -> knownDepartments.put(key.normalised(), id));

        // first pass: each row on its own, and keys unique within the file
        Map<String, Integer> lineOfExternalId = new HashMap<>();
        Map<String, Integer> lineOfEmail = new HashMap<>();
        Map<String, Row> rowsByExternalId = new LinkedHashMap<>();
        Map<String, String> externalIdByEmail = new HashMap<>();
        List<Row> checked = new ArrayList<>();
        int done = 0;
        for (HrisFile.Row raw : file.rows()) {
            Row row = readRow(raw, mapping, today);
            if (row.externalId != null) {
                Integer earlier = lineOfExternalId.putIfAbsent(row.externalId, raw.line());
                if (earlier != null) {
                    row.problem("hris.error.duplicate-id", row.externalId, String.valueOf(earlier));
                } else {
                    rowsByExternalId.put(row.externalId, row);
                }
            }
            if (row.email != null) {
                Integer earlier = lineOfEmail.putIfAbsent(row.email, raw.line());
                if (earlier != null) {
                    row.problem("hris.error.duplicate-email", row.email, String.valueOf(earlier));
                } else if (row.externalId != null) {
                    externalIdByEmail.put(row.email, row.externalId);
                }
            }
            checked.add(row);
            if (++done % 5_000 == 0) {
                progress.accept(done / 2);
            }
        }

        // second pass: against the database and the whole file
        Map<String, String> managerOf = new HashMap<>();
        for (Row row : checked) {
            if (row.externalId != null && row.email != null) {
                Existing match = byExternalId.get(row.externalId);
                Existing sameEmail = byEmail.get(row.email);
                if (match == null && sameEmail != null) {
                    if (sameEmail.externalId() == null) {
                        // known already, entered by hand before the HRIS was connected: this row takes them over
                        match = sameEmail;
                    } else {
                        // someone else's address (a swap of addresses between two people is not supported)
                        row.problem("hris.error.email-taken", row.email, sameEmail.externalId());
                    }
                } else if (match != null && sameEmail != null && sameEmail.id() != match.id()) {
                    row.problem("hris.error.email-taken", row.email,
                            sameEmail.externalId() == null ? sameEmail.email() : sameEmail.externalId());
                }
                row.existing = match;
            }
            resolveManager(row, rowsByExternalId, externalIdByEmail, byExternalId, byEmail);
            if (row.leaving && row.existing != null && importingPerson != null
                    && row.existing.id() == importingPerson) {
                row.problem("hris.error.deactivate-self");
            }
            if (row.externalId != null) {
                managerOf.put(row.externalId, row.managerExternalId != null ? row.managerExternalId
                        : row.managerId != null ? "#" + row.managerId : null);
            }
        }
        findCycles(checked, managerOf, byId, byExternalId);

        for (Row row : checked) {
            problems.addAll(row.problems);
        }
        if (!problems.isEmpty()) {
            return;
        }

        // no problems: work out the changes
        Set<DepartmentKey> newDepartmentKeys = new HashSet<>();
        for (Row row : checked) {
            DepartmentKey department = row.departmentName == null ? null
                    : new DepartmentKey(row.departmentName, row.country);
            Long departmentId = department == null ? null : knownDepartments.get(department.normalised());
            if (department != null && departmentId == null && !(row.leaving && row.existing == null)
                    && newDepartmentKeys.add(department.normalised())) {
                newDepartments.add(department);
            }
            Existing e = row.existing;
            if (e == null) {
                if (!row.leaving) {
                    creates.add(candidate(row, null, department));
                }
                continue;
            }
            if (row.leaving) {
                if (e.active()) {
                    deactivations.add(e.id());
                } else {
                    unchanged++;
                }
                continue;
            }
            if (!e.active()) {
                reactivations.add(e.id());
            }
            Long managerId = row.managerId != null ? row.managerId
                    : row.managerExternalId == null ? null : idOf(byExternalId.get(row.managerExternalId));
            boolean managerChanged = row.managerExternalId != null && managerId == null
                    || !Objects.equals(managerId, e.managerId());
            boolean same = row.externalId.equals(e.externalId()) && row.email.equals(e.email())
                    && row.firstName.equals(e.firstName()) && row.lastName.equals(e.lastName())
                    && Objects.equals(row.jobTitle, e.jobTitle()) && row.country.equals(e.countryCode())
                    && Objects.equals(departmentId, e.departmentId()) && (department == null) == (e.departmentId() == null)
                    && !managerChanged
                    && (row.locale == null || row.locale.toLanguageTag().equals(e.locale()));
            if (same) {
                if (e.active()) {
                    unchanged++;
                }
            } else {
                updates.add(candidate(row, e.id(), department));
            }
        }
        if (mapping.fullExport()) {
            for (Existing e : existing) {
                if (e.externalId() != null && e.active() && !rowsByExternalId.containsKey(e.externalId())) {
                    if (importingPerson != null && e.id() == importingPerson) {
                        problems.add(HrisProblem.of(0, "hris.error.deactivate-self-missing", e.externalId()));
                    } else {
                        deactivations.add(e.id());
                    }
                }
            }
        }
        progress.accept(rows);
    }

    private static Long idOf(Existing existing) {
        return existing == null ? null : existing.id();
    }

    private static Candidate candidate(Row row, Long existingId, DepartmentKey department) {
        return new Candidate(row.line, existingId, row.externalId, row.email, row.firstName, row.lastName,
                row.jobTitle, department, row.country, row.managerExternalId, row.managerId, row.locale, row.leaving);
    }

    private void resolveManager(Row row, Map<String, Row> rowsByExternalId, Map<String, String> externalIdByEmail,
            Map<String, Existing> byExternalId, Map<String, Existing> byEmail) {
        if (row.leaving) {
            return;
        }
        if (row.managerKey != null) {
            Row inFile = rowsByExternalId.get(row.managerKey);
            Existing inDb = byExternalId.get(row.managerKey);
            if (row.managerKey.equals(row.externalId)) {
                row.problem("hris.error.manager-self");
            } else if (inFile != null) {
                if (inFile.leaving) {
                    row.problem("hris.error.manager-leaving", row.managerKey);
                } else {
                    row.managerExternalId = row.managerKey;
                }
            } else if (inDb != null) {
                if (!inDb.active()) {
                    row.problem("hris.error.manager-inactive", row.managerKey);
                } else {
                    row.managerId = inDb.id();
                }
            } else {
                row.problem("hris.error.manager-unknown", row.managerKey);
            }
        } else if (row.managerEmail != null) {
            String inFile = externalIdByEmail.get(row.managerEmail);
            Existing inDb = byEmail.get(row.managerEmail);
            if (row.managerEmail.equals(row.email)) {
                row.problem("hris.error.manager-self");
            } else if (inFile != null) {
                if (rowsByExternalId.get(inFile).leaving) {
                    row.problem("hris.error.manager-leaving", row.managerEmail);
                } else {
                    row.managerExternalId = inFile;
                }
            } else if (inDb != null) {
                if (!inDb.active()) {
                    row.problem("hris.error.manager-inactive", row.managerEmail);
                } else {
                    row.managerId = inDb.id();
                }
            } else {
                row.problem("hris.error.manager-unknown", row.managerEmail);
            }
        }
    }

    /**
     * Follows the reporting lines as they would be after the import (the file's for people in it, the database's
     * for the rest) and reports every row whose line leads back to itself.
     */
    private static void findCycles(List<Row> rows, Map<String, String> managerOf, Map<Long, Existing> byId,
            Map<String, Existing> byExternalId) {
        Map<String, Integer> state = new HashMap<>();
        Map<String, Row> rowByKey = new HashMap<>();
        for (Row row : rows) {
            if (row.externalId != null) {
                rowByKey.putIfAbsent(row.externalId, row);
            }
        }
        for (Row row : rows) {
            if (row.externalId == null || state.containsKey(row.externalId)) {
                continue;
            }
            List<String> path = new ArrayList<>();
            String node = row.externalId;
            while (node != null && !state.containsKey(node)) {
                state.put(node, 1);
                path.add(node);
                node = next(node, managerOf, byId, byExternalId);
            }
            if (node != null && state.get(node) == 1) {
                // the walk met itself: everyone from that node on is in the loop
                int start = path.indexOf(node);
                List<String> loop = path.subList(start, path.size());
                String description = String.join(" → ", loop) + " → " + node;
                for (String member : loop) {
                    Row inFile = rowByKey.get(member);
                    if (inFile != null) {
                        inFile.problem("hris.error.manager-cycle", description);
                    }
                }
            }
            for (String visited : path) {
                state.put(visited, 2);
            }
        }
    }

    private static String next(String node, Map<String, String> managerOf, Map<Long, Existing> byId,
            Map<String, Existing> byExternalId) {
        if (managerOf.containsKey(node)) {
            return managerOf.get(node);
        }
        Existing e = node.startsWith("#") ? byId.get(Long.parseLong(node.substring(1))) : byExternalId.get(node);
        if (e == null || e.managerId() == null) {
            return null;
        }
        Existing manager = byId.get(e.managerId());
        if (manager == null) {
            return null;
        }
        String key = manager.externalId() != null ? manager.externalId() : "#" + manager.id();
        return key;
    }

    private static Row readRow(HrisFile.Row raw, HrisMapping mapping, LocalDate today) {
        Row row = new Row(raw.line());
        row.externalId = required(row, raw, mapping, HrisField.EXTERNAL_ID);
        if (row.externalId != null && row.externalId.length() > 64) {
            row.problem("hris.error.too-long", "hris.field.external-id", "64");
            row.externalId = null;
        }
        String email = required(row, raw, mapping, HrisField.EMAIL);
        if (email != null) {
            email = email.toLowerCase(Locale.ROOT);
            if (!EMAIL.matcher(email).matches() || email.length() > 254) {
                row.problem("hris.error.email-invalid", email);
            } else {
                row.email = email;
            }
        }
        row.firstName = limited(row, required(row, raw, mapping, HrisField.FIRST_NAME), HrisField.FIRST_NAME, 100);
        row.lastName = limited(row, required(row, raw, mapping, HrisField.LAST_NAME), HrisField.LAST_NAME, 100);
        row.jobTitle = limited(row, raw.value(mapping.column(HrisField.JOB_TITLE)), HrisField.JOB_TITLE, 150);
        row.departmentName = limited(row, raw.value(mapping.column(HrisField.DEPARTMENT)), HrisField.DEPARTMENT,
                120);
        String country = required(row, raw, mapping, HrisField.COUNTRY);
        if (country != null) {
            String code = country.toUpperCase(Locale.ROOT);
            if (!COUNTRIES.contains(code)) {
                row.problem("hris.error.country-unknown", country);
            } else {
                row.country = code;
            }
        }
        row.managerKey = raw.value(mapping.column(HrisField.MANAGER_ID));
        String managerEmail = raw.value(mapping.column(HrisField.MANAGER_EMAIL));
        row.managerEmail = managerEmail == null ? null : managerEmail.toLowerCase(Locale.ROOT);
        String language = raw.value(mapping.column(HrisField.LANGUAGE));
        if (language != null) {
            Locale locale = Locale.forLanguageTag(language.replace('_', '-'));
            if (locale.getLanguage().isEmpty() || !LANGUAGES.contains(locale.getLanguage())) {
                row.problem("hris.error.language-unknown", language);
            } else {
                row.locale = Locale.forLanguageTag(locale.getLanguage());
            }
        }
        String status = raw.value(mapping.column(HrisField.STATUS));
        if (status != null) {
            String normalised = status.toLowerCase(Locale.ROOT);
            if (LEFT.contains(normalised)) {
                row.leaving = true;
            } else if (!ACTIVE.contains(normalised)) {
                row.problem("hris.error.status-unknown", status);
            }
        }
        String endDate = raw.value(mapping.column(HrisField.END_DATE));
        if (endDate != null) {
            LocalDate date = date(endDate);
            if (date == null) {
                row.problem("hris.error.end-date-invalid", endDate);
            } else if (date.isBefore(today)) {
                // the end date is the last working day: from the day after, the person has left
                row.leaving = true;
            }
        }
        return row;
    }

    private static LocalDate date(String text) {
        for (DateTimeFormatter format : DATES) {
            try {
                return LocalDate.parse(text, format);
            } catch (DateTimeParseException e) {
                // try the next format
            }
        }
        return null;
    }

    private static String required(Row row, HrisFile.Row raw, HrisMapping mapping, HrisField field) {
        String value = raw.value(mapping.column(field));
        if (value == null) {
            row.problem("hris.error.missing", field.labelKey());
        }
        return value;
    }

    private static String limited(Row row, String value, HrisField field, int max) {
        if (value != null && value.length() > max) {
            row.problem("hris.error.too-long", field.labelKey(), String.valueOf(max));
            return null;
        }
        if (Texts.containsBidiControl(value)) {
            row.problem("name.error.bidi");
            return null;
        }
        return value;
    }

    /** A row as read, with what was found wrong with it. */
    private static final class Row {
        final int line;
        final List<HrisProblem> problems = new ArrayList<>(0);
        String externalId;
        String email;
        String firstName;
        String lastName;
        String jobTitle;
        String departmentName;
        String country;
        String managerKey;
        String managerEmail;
        String managerExternalId;
        Long managerId;
        Locale locale;
        boolean leaving;
        Existing existing;

        Row(int line) {
            this.line = line;
        }

        void problem(String key, String... arguments) {
            problems.add(HrisProblem.of(line, key, arguments));
        }
    }
}
