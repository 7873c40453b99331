package dev.podium.reporting;

import dev.podium.shared.EmployeeId;
import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Reporting's own tables (V10), written by the listeners and read by the service. Every write sets facts: rows are
 * upserted on their natural keys and the per-person counts are recomputed from the rows, so an event delivered
 * twice, or two events in either order, leave the same state. The group tables move by the difference a change made
 * to its people's contributions ({@link #tracked}); they are recomputed whole only after an HRIS import and on the
 * day's first read (certificates expire with the calendar).
 */
@Component
class ReadModel {

    static final LocalDate NEVER = LocalDate.of(9999, 12, 31);

    private static final String GROUP_KEY = "CONCAT(COALESCE(e.department_id, 0), '/', e.country_code, '/',"
            + " COALESCE(e.cohort_id, 0))";
    private static final String GROUP_FIGURES = groupFigures();
    private static final String GROUP_WEEKS = "INSERT INTO reporting_group_week (group_key, department_id,"
            + " country_code, cohort_id, week_start, active)"
            + " SELECT " + GROUP_KEY + ", e.department_id, e.country_code, e.cohort_id, e.week_start, COUNT(*)"
            + " FROM reporting_active_week e WHERE e.week_start >= :from AND %s"
            + " GROUP BY e.department_id, e.country_code, e.cohort_id, e.week_start";
    private static final LocalDate ALL_WEEKS = LocalDate.of(1970, 1, 5);
    private static final String GROUP_ATTESTATIONS = "INSERT INTO reporting_group_attestation (group_key, department_id,"
            + " country_code, cohort_id, policy_id, policy_version, attested)"
            + " SELECT " + GROUP_KEY + ", e.department_id, e.country_code, e.cohort_id, a.policy_id, a.policy_version,"
            + " COUNT(*) FROM reporting_attestation a JOIN reporting_employee e ON e.employee_id = a.employee_id"
            + " WHERE e.active AND %s"
            + " GROUP BY e.department_id, e.country_code, e.cohort_id, a.policy_id, a.policy_version";

    private static final String UPSERT_PERSON = """
                INSERT INTO reporting_employee (employee_id, full_name, department_id, department_name, country_code,
                    active, updated_at)
                VALUES (:id, :name, :department, :departmentName, :country, :active, :now)
                ON DUPLICATE KEY UPDATE full_name = VALUES(full_name), department_id = VALUES(department_id),
                    department_name = VALUES(department_name), country_code = VALUES(country_code),
                    active = VALUES(active), updated_at = VALUES(updated_at)""";

    private final NamedParameterJdbcTemplate jdbc;
    private final org.springframework.transaction.support.TransactionTemplate separateTransaction;
    private final java.time.Clock clock;

    ReadModel(NamedParameterJdbcTemplate jdbc, org.springframework.transaction.PlatformTransactionManager transactions,
            java.time.Clock clock) {
        this.jdbc = jdbc;
        this.separateTransaction = new org.springframework.transaction.support.TransactionTemplate(transactions);
        this.separateTransaction.setPropagationBehavior(
                org.springframework.transaction.TransactionDefinition.PROPAGATION_REQUIRES_NEW);
        this.clock = clock;
    }

    /** A person's place in the organisation, as people knows it now. */
    record Person(EmployeeId id, String fullName, Long departmentId, String departmentName, String countryCode,
            boolean active) {
    }

    boolean knows(EmployeeId employee) {
        return Boolean.TRUE.equals(jdbc.queryForObject(
                "SELECT COUNT(*) > 0 FROM reporting_employee WHERE employee_id = :id", id(employee), Boolean.class));
    }

    /** Inserts or updates the person's row, and copies department, country and status to their other rows. */
    void savePerson(Person person, Instant now) {
        savePerson(person, now, true);
    }

    /** As {@link #savePerson(Person, Instant)}; without regrouping when the caller recomputes every group after. */
    void savePerson(Person person, Instant now, boolean regroup) {
        if (!regroup) {
            jdbc.update(UPSERT_PERSON, personParameters(person, now));
            copyDimensions(person.id());
            return;
        }
        // a new person's row is created inactive first (counting nowhere), so that the row lock is taken before the
        // "before" figures are read, also when two events for the same new person arrive at once
        jdbc.update("""
                INSERT INTO reporting_employee (employee_id, full_name, country_code, active, updated_at)
                VALUES (:id, :name, :country, FALSE, :now) ON DUPLICATE KEY UPDATE employee_id = employee_id""",
                personParameters(person, now));
        tracked(List.of(person.id()), true, () -> {
            jdbc.update(UPSERT_PERSON, personParameters(person, now));
            copyDimensions(person.id());
        });
    }

    /**
     * Many people at once (an HRIS import, a refresh of everyone): one batched upsert and two updates per call; the
     * caller recomputes every group afterwards ({@link #refreshAllGroups}).
     */
    void savePeople(List<Person> people, Instant now) {
        if (people.isEmpty()) {
            return;
        }
        jdbc.batchUpdate(UPSERT_PERSON, people.stream().map(person -> personParameters(person, now))
                .toArray(MapSqlParameterSource[]::new));
        copyDimensions(people.stream().map(Person::id).toList());
    }

    /** Recomputes every group's figures in the caller's transaction. */
    void refreshAllGroups() {
        MapSqlParameterSource params = new MapSqlParameterSource("today", Date.valueOf(today()));
        // everyone's row first, in id order, as the incremental updates lock a person before their group: an event
        // arriving meanwhile waits for the recompute (or it for the event) instead of deadlocking with it
        jdbc.query("SELECT employee_id FROM reporting_employee FORCE INDEX (PRIMARY) ORDER BY employee_id"
                + " LOCK IN SHARE MODE", params, rs -> { });
        jdbc.update("DELETE FROM reporting_group_figures", params);
        jdbc.update(GROUP_FIGURES.formatted("TRUE"), params);
        jdbc.update("DELETE FROM reporting_group_attestation", params);
        jdbc.update(GROUP_ATTESTATIONS.formatted("TRUE"), params);
        jdbc.update("DELETE FROM reporting_group_week", params);
        jdbc.update(GROUP_WEEKS.formatted("TRUE"), params.addValue("from", Date.valueOf(ALL_WEEKS)));
    }

    void setActive(EmployeeId employee, boolean active, Instant now) {
        tracked(List.of(employee), true, () -> {
            jdbc.update("UPDATE reporting_employee SET active = :active, updated_at = :now WHERE employee_id = :id",
                    id(employee).addValue("active", active).addValue("now", Timestamp.from(now)));
            copyDimensions(employee);
        });
    }

    /** A person's cohort: the wave they were launched in (the latest wins). */
    void setCohort(EmployeeId employee, Long cohortId, String cohortName, Instant now) {
        tracked(List.of(employee), true, () -> {
            jdbc.update("""
                    UPDATE reporting_employee SET cohort_id = :cohort, cohort_name = :cohortName, updated_at = :now
                    WHERE employee_id = :id""", id(employee).addValue("cohort", cohortId)
                    .addValue("cohortName", cohortName).addValue("now", Timestamp.from(now)));
            copyDimensions(employee);
        });
    }

    /**
     * Many people join one cohort at once (a wave's launch): their rows change in a few statements; the caller
     * recomputes the group figures once afterwards ({@link #refreshAllGroups}).
     */
    void setCohortOf(Collection<EmployeeId> employees, long cohortId, String cohortName, Instant now) {
        if (employees.isEmpty()) {
            return;
        }
        MapSqlParameterSource params = new MapSqlParameterSource("ids",
                employees.stream().map(EmployeeId::value).toList()).addValue("cohort", cohortId)
                .addValue("cohortName", cohortName).addValue("now", Timestamp.from(now));
        jdbc.update("""
                UPDATE reporting_employee SET cohort_id = :cohort, cohort_name = :cohortName, updated_at = :now
                WHERE employee_id IN (:ids)""", params);
        copyDimensions(employees);
    }

    /**
     * Many people join one cohort at once (a page of a wave's members): their rows change in a few statements, and
     * the groups they left and joined move by what these people counted in them.
     */
    void joinCohort(Collection<EmployeeId> employees, long cohortId, String cohortName, Instant now) {
        if (employees.isEmpty()) {
            return;
        }
        tracked(employees, true, () -> setCohortOf(employees, cohortId, cohortName, now));
    }

    /** Those of these people the read model has no row for yet. */
    List<EmployeeId> unknownAmong(Collection<EmployeeId> employees) {
        if (employees.isEmpty()) {
            return List.of();
        }
        java.util.Set<Long> known = new java.util.HashSet<>(jdbc.queryForList(
                "SELECT employee_id FROM reporting_employee WHERE employee_id IN (:ids)", ids(employees), Long.class));
        return employees.stream().filter(e -> !known.contains(e.value())).distinct().toList();
    }

    /**
     * A course assigned to many at once: their enrolment rows upserted in one batch, their counts recounted in one
     * statement, and their groups moved by the difference.
     */
    void assigned(List<EmployeeId> employees, String course, Instant at, EmployeeId assignedBy, LocalDate dueDate) {
        if (employees.isEmpty()) {
            return;
        }
        tracked(employees, false, () -> assign(employees, course, at, assignedBy, dueDate));
    }

    private void assign(List<EmployeeId> employees, String course, Instant at, EmployeeId assignedBy,
            LocalDate dueDate) {
        jdbc.batchUpdate("""
                INSERT INTO reporting_enrolment (employee_id, course_id, enrolled_at, assigned, due_date)
                VALUES (:id, :course, :at, :assigned, :due)
                ON DUPLICATE KEY UPDATE enrolled_at = VALUES(enrolled_at), assigned = VALUES(assigned),
                    due_date = VALUES(due_date)""", employees.stream().map(employee -> id(employee)
                .addValue("course", course).addValue("at", Timestamp.from(at))
                .addValue("assigned", !employee.equals(assignedBy))
                .addValue("due", dueDate == null ? null : Date.valueOf(dueDate)))
                .toArray(MapSqlParameterSource[]::new));
        jdbc.update(RECOUNT_COURSES + " WHERE e.employee_id IN (:ids)", ids(employees));
    }

    private static MapSqlParameterSource ids(Collection<EmployeeId> employees) {
        return new MapSqlParameterSource("ids", employees.stream().map(EmployeeId::value).distinct().toList());
    }

    /** Weeks and attestations carry the person's dimensions, so their counts need no join. */
    private void copyDimensions(EmployeeId employee) {
        copyDimensions(List.of(employee));
    }

    private void copyDimensions(Collection<EmployeeId> employees) {
        MapSqlParameterSource ids = new MapSqlParameterSource("ids",
                employees.stream().map(EmployeeId::value).toList());
        jdbc.update("""
                UPDATE reporting_active_week w JOIN reporting_employee e ON e.employee_id = w.employee_id
                SET w.department_id = e.department_id, w.country_code = e.country_code, w.cohort_id = e.cohort_id
                WHERE w.employee_id IN (:ids)""", ids);
        jdbc.update("""
                UPDATE reporting_attestation a JOIN reporting_employee e ON e.employee_id = a.employee_id
                SET a.department_id = e.department_id, a.country_code = e.country_code, a.cohort_id = e.cohort_id,
                    a.active = e.active
                WHERE a.employee_id IN (:ids)""", ids);
    }

    private static MapSqlParameterSource personParameters(Person person, Instant now) {
        return id(person.id()).addValue("name", person.fullName())
                .addValue("department", person.departmentId()).addValue("departmentName", person.departmentName())
                .addValue("country", person.countryCode()).addValue("active", person.active())
                .addValue("now", Timestamp.from(now));
    }

    void enrolled(EmployeeId employee, String course, Instant enrolledAt, boolean assigned, LocalDate dueDate) {
        tracked(List.of(employee), false, () -> setEnrolled(employee, course, enrolledAt, assigned, dueDate));
    }

    private void setEnrolled(EmployeeId employee, String course, Instant enrolledAt, boolean assigned,
            LocalDate dueDate) {
        jdbc.update("""
                INSERT INTO reporting_enrolment (employee_id, course_id, enrolled_at, assigned, due_date)
                VALUES (:id, :course, :at, :assigned, :due)
                ON DUPLICATE KEY UPDATE enrolled_at = VALUES(enrolled_at), assigned = VALUES(assigned),
                    due_date = VALUES(due_date)""",
                id(employee).addValue("course", course).addValue("at", Timestamp.from(enrolledAt))
                        .addValue("assigned", assigned).addValue("due", dueDate == null ? null : Date.valueOf(dueDate)));
        recountCourses(employee);
    }

    void lessonCompleted(EmployeeId employee, String course, Instant at) {
        tracked(List.of(employee), false, () -> setLessonCompleted(employee, course, at));
    }

    private void setLessonCompleted(EmployeeId employee, String course, Instant at) {
        jdbc.update("""
                INSERT INTO reporting_enrolment (employee_id, course_id, started_at) VALUES (:id, :course, :at)
                ON DUPLICATE KEY UPDATE started_at = LEAST(COALESCE(started_at, VALUES(started_at)),
                    VALUES(started_at))""", id(employee).addValue("course", course).addValue("at", Timestamp.from(at)));
        recountCourses(employee);
    }

    void courseCompleted(EmployeeId employee, String course, Instant at) {
        tracked(List.of(employee), false, () -> setCourseCompleted(employee, course, at));
    }

    private void setCourseCompleted(EmployeeId employee, String course, Instant at) {
        jdbc.update("""
                INSERT INTO reporting_enrolment (employee_id, course_id, started_at, completed_at)
                VALUES (:id, :course, :at, :at)
                ON DUPLICATE KEY UPDATE completed_at = LEAST(COALESCE(completed_at, VALUES(completed_at)),
                    VALUES(completed_at)),
                    started_at = LEAST(COALESCE(started_at, VALUES(started_at)), VALUES(started_at))""",
                id(employee).addValue("course", course).addValue("at", Timestamp.from(at)));
        recountCourses(employee);
    }

    private static final String RECOUNT_COURSES = """
                UPDATE reporting_employee e SET
                    courses_assigned = (SELECT COUNT(*) FROM reporting_enrolment n WHERE n.employee_id = e.employee_id),
                    courses_started = (SELECT COUNT(*) FROM reporting_enrolment n WHERE n.employee_id = e.employee_id
                        AND (n.started_at IS NOT NULL OR n.completed_at IS NOT NULL)),
                    courses_completed = (SELECT COUNT(*) FROM reporting_enrolment n
                        WHERE n.employee_id = e.employee_id AND n.completed_at IS NOT NULL),
                    first_enrolled_at = (SELECT MIN(n.enrolled_at) FROM reporting_enrolment n
                        WHERE n.employee_id = e.employee_id),
                    last_enrolled_at = (SELECT MAX(n.enrolled_at) FROM reporting_enrolment n
                        WHERE n.employee_id = e.employee_id),
                    next_due_date = (SELECT MIN(n.due_date) FROM reporting_enrolment n
                        WHERE n.employee_id = e.employee_id AND n.completed_at IS NULL)
            """;

    private void recountCourses(EmployeeId employee) {
        jdbc.update(RECOUNT_COURSES + "WHERE e.employee_id = :id", id(employee));
    }

    /** Keeps the latest approval: an older one delivered late does not overwrite it. */
    void auditApproved(EmployeeId employee, int score, Instant approvedAt) {
        tracked(List.of(employee), false, () -> setAuditApproved(employee, score, approvedAt));
    }

    private void setAuditApproved(EmployeeId employee, int score, Instant approvedAt) {
        jdbc.update("""
                UPDATE reporting_employee SET audit_score = :score, audit_approved_at = :at
                WHERE employee_id = :id AND (audit_approved_at IS NULL OR audit_approved_at <= :at)""",
                id(employee).addValue("score", score).addValue("at", Timestamp.from(approvedAt)));
    }

    void indexChanged(EmployeeId employee, int total, String band) {
        tracked(List.of(employee), false, () -> setIndexChanged(employee, total, band));
    }

    private void setIndexChanged(EmployeeId employee, int total, String band) {
        jdbc.update("UPDATE reporting_employee SET sli_total = :total, sli_band = :band WHERE employee_id = :id",
                id(employee).addValue("total", total).addValue("band", band));
    }

    /** How many of the person's own posts started conversations in the window: one row per person, set. */
    void conversationsCounted(EmployeeId employee, boolean exportImported, int postsWithFigures, int postsStarted,
            LocalDate windowEnd) {
        jdbc.update("""
                INSERT INTO reporting_conversation (employee_id, export_imported, posts_with_figures, posts_started,
                    window_end, updated_at) VALUES (:id, :imported, :figures, :started, :end, :now)
                ON DUPLICATE KEY UPDATE export_imported = VALUES(export_imported),
                    posts_with_figures = VALUES(posts_with_figures), posts_started = VALUES(posts_started),
                    window_end = VALUES(window_end), updated_at = VALUES(updated_at)""",
                id(employee).addValue("imported", exportImported).addValue("figures", postsWithFigures)
                        .addValue("started", postsStarted).addValue("end", Date.valueOf(windowEnd))
                        .addValue("now", Timestamp.from(clock.instant())));
    }

    /** Replaces the person's active weeks from {@code from} on with these (their Mondays). */
    void activeWeeks(EmployeeId employee, LocalDate from, Collection<LocalDate> weeks) {
        tracked(List.of(employee), true, () -> setActiveWeeks(employee, from, weeks));
    }

    private void setActiveWeeks(EmployeeId employee, LocalDate from, Collection<LocalDate> weeks) {
        MapSqlParameterSource params = id(employee).addValue("from", Date.valueOf(from));
        jdbc.update("DELETE FROM reporting_active_week WHERE employee_id = :id AND week_start >= :from", params);
        for (LocalDate week : weeks) {
            jdbc.update("""
                    INSERT INTO reporting_active_week (employee_id, week_start, department_id, country_code, cohort_id)
                    SELECT employee_id, :week, department_id, country_code, cohort_id FROM reporting_employee
                    WHERE employee_id = :id""", id(employee).addValue("week", Date.valueOf(week)));
        }
    }

    void certificateIssued(EmployeeId employee, long certificateId, String achievementId, Long supersedes,
            Instant issuedAt, LocalDate expiresOn) {
        tracked(List.of(employee), false, () -> setCertificateIssued(employee, certificateId, achievementId,
                supersedes, issuedAt, expiresOn));
    }

    private void setCertificateIssued(EmployeeId employee, long certificateId, String achievementId,
            Long supersedes, Instant issuedAt, LocalDate expiresOn) {
        jdbc.update("""
                INSERT INTO reporting_certificate (certificate_id, employee_id, achievement_id, issued_at, expires_on)
                VALUES (:certificate, :id, :achievement, :issued, :expires)
                ON DUPLICATE KEY UPDATE achievement_id = VALUES(achievement_id), issued_at = VALUES(issued_at),
                    expires_on = VALUES(expires_on)""",
                id(employee).addValue("certificate", certificateId).addValue("achievement", achievementId)
                        .addValue("issued", Timestamp.from(issuedAt))
                        .addValue("expires", expiresOn == null ? null : Date.valueOf(expiresOn)));
        if (supersedes != null) {
            jdbc.update("UPDATE reporting_certificate SET superseded = TRUE WHERE certificate_id = :old",
                    new MapSqlParameterSource("old", supersedes));
        }
        recountCertificates(employee);
    }

    void certificateRevoked(EmployeeId employee, long certificateId, Instant revokedAt) {
        tracked(List.of(employee), false, () -> setCertificateRevoked(employee, certificateId, revokedAt));
    }

    private void setCertificateRevoked(EmployeeId employee, long certificateId, Instant revokedAt) {
        jdbc.update("""
                UPDATE reporting_certificate SET revoked_at = COALESCE(revoked_at, :at)
                WHERE certificate_id = :certificate""",
                new MapSqlParameterSource("certificate", certificateId).addValue("at", Timestamp.from(revokedAt)));
        recountCertificates(employee);
    }

    private void recountCertificates(EmployeeId employee) {
        jdbc.update("""
                UPDATE reporting_employee e SET
                    certificates = (SELECT COUNT(*) FROM reporting_certificate c WHERE c.employee_id = e.employee_id
                        AND c.revoked_at IS NULL AND NOT c.superseded),
                    certified_until = (SELECT MAX(COALESCE(c.expires_on, :never)) FROM reporting_certificate c
                        WHERE c.employee_id = e.employee_id AND c.revoked_at IS NULL AND NOT c.superseded),
                    next_expiry = (SELECT MIN(c.expires_on) FROM reporting_certificate c
                        WHERE c.employee_id = e.employee_id AND c.revoked_at IS NULL AND NOT c.superseded)
                WHERE e.employee_id = :id""", id(employee).addValue("never", Date.valueOf(NEVER)));
    }

    /** Keeps the latest attestation per policy. */
    void attested(EmployeeId employee, String policyId, String version, Instant at) {
        tracked(List.of(employee), true, () -> setAttested(employee, policyId, version, at));
    }

    private void setAttested(EmployeeId employee, String policyId, String version, Instant at) {
        MapSqlParameterSource params = id(employee).addValue("policy", policyId).addValue("version", version)
                .addValue("at", Timestamp.from(at));
        jdbc.update("""
                INSERT INTO reporting_attestation (employee_id, policy_id, policy_version, attested_at, department_id,
                    country_code, cohort_id, active)
                SELECT employee_id, :policy, :version, :at, department_id, country_code, cohort_id, active
                FROM reporting_employee WHERE employee_id = :id
                ON DUPLICATE KEY UPDATE
                    policy_version = IF(VALUES(attested_at) >= attested_at, VALUES(policy_version), policy_version),
                    attested_at = GREATEST(attested_at, VALUES(attested_at))""", params);
    }

    // --- group figures ----------------------------------------------------------------------------------------

    /**
     * Runs a change of these people's facts and moves their groups' figures by the difference it made, in the
     * caller's transaction: their rows are locked first (in id order), what they counted in each group is read before
     * and after, and only the difference is added to the group rows (in key order). So events of one group wait
     * briefly for each other in one order instead of deadlocking, the work grows with the people changed, not with
     * their group, and a change that changes nothing (an event delivered again) moves no figure.
     *
     * @param wide whether the change may also move the people's attestations or active weeks (a move to another
     *             group, a change of status, an attestation, an import of activity)
     */
    private void tracked(Collection<EmployeeId> employees, boolean wide, Runnable change) {
        MapSqlParameterSource params = ids(employees).addValue("today", Date.valueOf(today()));
        Map<String, Share> figures = figureShares(params);
        Map<String, Share> attestations = wide ? attestationShares(params) : Map.of();
        Map<String, Share> weeks = wide ? weekShares(params) : Map.of();
        change.run();
        applyDifference(figureShares(params), figures, this::moveFigures);
        if (wide) {
            applyDifference(attestationShares(params), attestations, this::moveAttestations);
            applyDifference(weekShares(params), weeks, this::moveWeeks);
        }
    }

    /** What some people count in one row of a group table: the row's key columns and the counts. */
    private record Share(String groupKey, Long departmentId, String countryCode, Long cohortId, String policyId,
            String policyVersion, LocalDate weekStart, long[] counts) {

        Share minus(Share other) {
            long[] difference = counts.clone();
            for (int i = 0; i < difference.length; i++) {
                difference[i] -= other.counts[i];
            }
            return new Share(groupKey, departmentId, countryCode, cohortId, policyId, policyVersion, weekStart,
                    difference);
        }

        boolean zero() {
            return java.util.Arrays.stream(counts).allMatch(c -> c == 0);
        }

        Share plus(Share other) {
            return other.minus(this.negated());
        }

        private Share negated() {
            return new Share(groupKey, departmentId, countryCode, cohortId, policyId, policyVersion, weekStart,
                    java.util.Arrays.stream(counts).map(c -> -c).toArray());
        }
    }

    private static final String[] FIGURE_COLUMNS = figureColumns();

    private static String[] figureColumns() {
        List<String> columns = new java.util.ArrayList<>(List.of("population", "assigned", "started", "completed",
                "approved", "certified"));
        for (int bucket = 0; bucket < 100; bucket += 10) {
            columns.add("score_" + bucket);
        }
        columns.addAll(List.of("band_starting", "band_building", "band_leading"));
        return columns.toArray(String[]::new);
    }

    /** Each person's contribution to their group's figures, by the same rules as {@link #groupFigures()}. */
    private static final String PERSON_FIGURES = personFigures();

    private static String personFigures() {
        StringBuilder values = new StringBuilder();
        for (int bucket = 0; bucket < 100; bucket += 10) {
            values.append(", COALESCE(e.audit_score >= ").append(bucket)
                    .append(bucket == 90 ? "" : " AND e.audit_score < " + (bucket + 10)).append(", 0)");
        }
        for (String band : List.of("STARTING", "BUILDING", "LEADING")) {
            values.append(", COALESCE(e.sli_band = '").append(band).append("', 0)");
        }
        return "SELECT " + GROUP_KEY + ", e.department_id, e.country_code, e.cohort_id, e.active, 1,"
                + " e.courses_assigned > 0, e.courses_started > 0,"
                + " e.courses_completed > 0 AND e.courses_completed >= e.courses_assigned,"
                + " e.audit_approved_at IS NOT NULL, COALESCE(e.certified_until >= :today, 0)" + values
                + " FROM reporting_employee e WHERE e.employee_id IN (:ids) ORDER BY e.employee_id FOR UPDATE";
    }

    private Map<String, Share> figureShares(MapSqlParameterSource params) {
        Map<String, Share> shares = new java.util.TreeMap<>();
        jdbc.query(PERSON_FIGURES, params, rs -> {
            if (!rs.getBoolean(5)) {
                return;
            }
            long[] counts = new long[FIGURE_COLUMNS.length];
            for (int i = 0; i < counts.length; i++) {
                counts[i] = rs.getLong(6 + i);
            }
            add(shares, new Share(rs.getString(1), rs.getObject(2, Long.class), rs.getString(3),
                    rs.getObject(4, Long.class), null, null, null, counts));
        });
        return shares;
    }

    private Map<String, Share> attestationShares(MapSqlParameterSource params) {
        Map<String, Share> shares = new java.util.TreeMap<>();
        jdbc.query("SELECT " + GROUP_KEY + ", e.department_id, e.country_code, e.cohort_id, a.policy_id,"
                + " a.policy_version FROM reporting_attestation a JOIN reporting_employee e"
                + " ON e.employee_id = a.employee_id WHERE e.active AND a.employee_id IN (:ids)"
                + " ORDER BY a.employee_id, a.policy_id FOR UPDATE", params, rs -> {
                    add(shares, new Share(rs.getString(1), rs.getObject(2, Long.class), rs.getString(3),
                            rs.getObject(4, Long.class), rs.getString(5), rs.getString(6), null, new long[] {1}));
                });
        return shares;
    }

    private Map<String, Share> weekShares(MapSqlParameterSource params) {
        Map<String, Share> shares = new java.util.TreeMap<>();
        jdbc.query("SELECT " + GROUP_KEY + ", e.department_id, e.country_code, e.cohort_id, e.week_start"
                + " FROM reporting_active_week e WHERE e.employee_id IN (:ids)"
                + " ORDER BY e.employee_id, e.week_start FOR UPDATE", params, rs -> {
                    add(shares, new Share(rs.getString(1), rs.getObject(2, Long.class), rs.getString(3),
                            rs.getObject(4, Long.class), null, null, date(rs, "week_start"), new long[] {1}));
                });
        return shares;
    }

    /** Rows keyed so that a sorted map gives the one lock order every transaction follows. */
    private static void add(Map<String, Share> shares, Share share) {
        String key = share.groupKey() + "|" + (share.policyId() == null ? "" : share.policyId() + "|"
                + share.policyVersion()) + "|" + (share.weekStart() == null ? "" : share.weekStart());
        shares.merge(key, share, Share::plus);
    }

    private static void applyDifference(Map<String, Share> after, Map<String, Share> before,
            java.util.function.Consumer<Share> move) {
        java.util.TreeMap<String, Share> difference = new java.util.TreeMap<>(after);
        before.forEach((key, share) -> difference.merge(key, share.negated(), Share::plus));
        difference.values().stream().filter(share -> !share.zero()).forEach(move);
    }

    private void moveFigures(Share difference) {
        MapSqlParameterSource params = groupParameters(difference).addValue("today", Date.valueOf(today()));
        StringBuilder values = new StringBuilder();
        StringBuilder updates = new StringBuilder();
        for (int i = 0; i < FIGURE_COLUMNS.length; i++) {
            String column = FIGURE_COLUMNS[i];
            params.addValue(column, difference.counts()[i]);
            values.append(", :").append(column);
            updates.append(i == 0 ? "" : ", ").append(column).append(" = ").append(column).append(" + VALUES(")
                    .append(column).append(")");
        }
        // a group's row is created by its first person, computed today; a row computed earlier keeps its date so
        // that the day's first read still recomputes everything (certificates expire with the calendar)
        jdbc.update("INSERT INTO reporting_group_figures (group_key, department_id, country_code, cohort_id, "
                + String.join(", ", FIGURE_COLUMNS) + ", computed_on) VALUES (:key, :department, :country, :cohort"
                + values + ", :today) ON DUPLICATE KEY UPDATE " + updates, params);
        if (difference.counts()[0] < 0) {
            // an empty group has no row, as after a full recompute
            jdbc.update("DELETE FROM reporting_group_figures WHERE group_key = :key AND population = 0", params);
        }
    }

    private void moveAttestations(Share difference) {
        MapSqlParameterSource params = groupParameters(difference).addValue("policy", difference.policyId())
                .addValue("version", difference.policyVersion()).addValue("attested", difference.counts()[0]);
        jdbc.update("""
                INSERT INTO reporting_group_attestation (group_key, department_id, country_code, cohort_id, policy_id,
                    policy_version, attested) VALUES (:key, :department, :country, :cohort, :policy, :version,
                    :attested)
                ON DUPLICATE KEY UPDATE attested = attested + VALUES(attested)""", params);
        if (difference.counts()[0] < 0) {
            jdbc.update("DELETE FROM reporting_group_attestation WHERE group_key = :key AND policy_id = :policy"
                    + " AND policy_version = :version AND attested = 0", params);
        }
    }

    private void moveWeeks(Share difference) {
        MapSqlParameterSource params = groupParameters(difference)
                .addValue("week", Date.valueOf(difference.weekStart())).addValue("active", difference.counts()[0]);
        jdbc.update("""
                INSERT INTO reporting_group_week (group_key, department_id, country_code, cohort_id, week_start, active)
                VALUES (:key, :department, :country, :cohort, :week, :active)
                ON DUPLICATE KEY UPDATE active = active + VALUES(active)""", params);
        if (difference.counts()[0] < 0) {
            jdbc.update("DELETE FROM reporting_group_week WHERE group_key = :key AND week_start = :week"
                    + " AND active = 0", params);
        }
    }

    private static MapSqlParameterSource groupParameters(Share share) {
        return new MapSqlParameterSource("key", share.groupKey()).addValue("department", share.departmentId())
                .addValue("country", share.countryCode()).addValue("cohort", share.cohortId());
    }

    /**
     * Recomputes every group when the figures were computed on an earlier day (certificates expire with the
     * calendar, not with an event) or are missing; in a transaction of its own, since callers only read.
     */
    void refreshGroupsIfStale() {
        // checked and done in a transaction of its own, before the caller's read-only transaction takes its
        // snapshot (its first read), so the caller sees the recomputed figures
        MapSqlParameterSource params = new MapSqlParameterSource("today", Date.valueOf(today()));
        separateTransaction.executeWithoutResult(status -> {
            Boolean stale = jdbc.queryForObject("SELECT EXISTS (SELECT 1 FROM reporting_group_figures"
                    + " WHERE computed_on < :today) OR (NOT EXISTS (SELECT 1 FROM reporting_group_figures)"
                    + " AND EXISTS (SELECT 1 FROM reporting_employee WHERE active))", params, Boolean.class);
            if (Boolean.TRUE.equals(stale)) {
                refreshAllGroups();
            }
        });
    }

    private static String groupFigures() {
        StringBuilder columns = new StringBuilder();
        StringBuilder values = new StringBuilder();
        for (int bucket = 0; bucket < 100; bucket += 10) {
            columns.append(", score_").append(bucket);
            values.append(", COALESCE(SUM(e.audit_score >= ").append(bucket)
                    .append(bucket == 90 ? "" : " AND e.audit_score < " + (bucket + 10)).append("), 0)");
        }
        for (String band : List.of("STARTING", "BUILDING", "LEADING")) {
            columns.append(", band_").append(band.toLowerCase(java.util.Locale.ROOT));
            values.append(", COALESCE(SUM(e.sli_band = '").append(band).append("'), 0)");
        }
        return "INSERT INTO reporting_group_figures (group_key, department_id, country_code, cohort_id, population,"
                + " assigned, started, completed, approved, certified" + columns + ", computed_on)"
                + " SELECT " + GROUP_KEY + ", e.department_id, e.country_code, e.cohort_id, COUNT(*),"
                + " SUM(e.courses_assigned > 0), SUM(e.courses_started > 0),"
                + " SUM(e.courses_completed > 0 AND e.courses_completed >= e.courses_assigned),"
                + " SUM(e.audit_approved_at IS NOT NULL), COALESCE(SUM(e.certified_until >= :today), 0)" + values
                + ", :today FROM reporting_employee e WHERE e.active AND %s"
                + " GROUP BY e.department_id, e.country_code, e.cohort_id";
    }

    private LocalDate today() {
        return LocalDate.ofInstant(clock.instant(), java.time.ZoneOffset.UTC);
    }

    // --- queries ---------------------------------------------------------------------------------------------

    List<Map<String, Object>> rows(String sql, MapSqlParameterSource params) {
        return jdbc.queryForList(sql, params);
    }

    <T> List<T> query(String sql, MapSqlParameterSource params, org.springframework.jdbc.core.RowMapper<T> mapper) {
        return jdbc.query(sql, params, mapper);
    }

    long count(String sql, MapSqlParameterSource params) {
        Long count = jdbc.queryForObject(sql, params, Long.class);
        return count == null ? 0 : count;
    }

    Optional<String> name(EmployeeId employee) {
        return jdbc.query("SELECT full_name FROM reporting_employee WHERE employee_id = :id", id(employee),
                (rs, n) -> rs.getString(1)).stream().findFirst();
    }

    static LocalDate date(ResultSet rs, String column) throws SQLException {
        Date date = rs.getDate(column);
        return date == null ? null : date.toLocalDate();
    }

    static Instant instant(ResultSet rs, String column) throws SQLException {
        Timestamp timestamp = rs.getTimestamp(column);
        return timestamp == null ? null : timestamp.toInstant();
    }

    private static MapSqlParameterSource id(EmployeeId employee) {
        return new MapSqlParameterSource("id", employee.value());
    }
}
