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
 * twice, or two events in either order, leave the same state.
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
    private static final String IN_GROUP = "e.department_id <=> :department AND e.country_code = :country"
            + " AND e.cohort_id <=> :cohort";
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
        Optional<Group> before = groupOf(person.id());
        jdbc.update(UPSERT_PERSON, personParameters(person, now));
        copyDimensions(person.id());
        if (regroup) {
            before.ifPresent(this::refreshGroup);
            regroup(person.id());
            moveWeeks(before, groupOf(person.id()));
        }
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
        jdbc.update("DELETE FROM reporting_group_figures", params);
        jdbc.update(GROUP_FIGURES.formatted("TRUE"), params);
        jdbc.update("DELETE FROM reporting_group_attestation", params);
        jdbc.update(GROUP_ATTESTATIONS.formatted("TRUE"), params);
        jdbc.update("DELETE FROM reporting_group_week", params);
        jdbc.update(GROUP_WEEKS.formatted("TRUE"), params.addValue("from", Date.valueOf(ALL_WEEKS)));
    }

    /** A person who changed group takes their whole week history along. */
    private void moveWeeks(Optional<Group> before, Optional<Group> after) {
        if (!before.equals(after)) {
            before.ifPresent(group -> refreshWeeks(group, ALL_WEEKS));
            after.ifPresent(group -> refreshWeeks(group, ALL_WEEKS));
        }
    }

    private void refreshWeeks(Group group, LocalDate from) {
        MapSqlParameterSource params = new MapSqlParameterSource("from", Date.valueOf(from))
                .addValue("department", group.departmentId()).addValue("country", group.countryCode())
                .addValue("cohort", group.cohortId());
        jdbc.update("DELETE FROM reporting_group_week WHERE department_id <=> :department AND country_code = :country"
                + " AND cohort_id <=> :cohort AND week_start >= :from", params);
        jdbc.update(GROUP_WEEKS.formatted(IN_GROUP), params);
    }

    void setActive(EmployeeId employee, boolean active, Instant now) {
        jdbc.update("UPDATE reporting_employee SET active = :active, updated_at = :now WHERE employee_id = :id",
                id(employee).addValue("active", active).addValue("now", Timestamp.from(now)));
        copyDimensions(employee);
        regroup(employee);
    }

    /** A person's cohort: the wave they were launched in (the latest wins). */
    void setCohort(EmployeeId employee, Long cohortId, String cohortName, Instant now) {
        Optional<Group> before = groupOf(employee);
        jdbc.update("""
                UPDATE reporting_employee SET cohort_id = :cohort, cohort_name = :cohortName, updated_at = :now
                WHERE employee_id = :id""", id(employee).addValue("cohort", cohortId)
                .addValue("cohortName", cohortName).addValue("now", Timestamp.from(now)));
        copyDimensions(employee);
        before.ifPresent(this::refreshGroup);
        regroup(employee);
        moveWeeks(before, groupOf(employee));
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
     * Many people join one cohort at once (a page of a wave's members): their rows change in a few statements, then
     * only the groups they left and joined are recomputed.
     */
    void joinCohort(Collection<EmployeeId> employees, long cohortId, String cohortName, Instant now) {
        if (employees.isEmpty()) {
            return;
        }
        java.util.Set<String> groups = groupKeys(employees);
        setCohortOf(employees, cohortId, cohortName, now);
        groups.addAll(groupKeys(employees));
        refreshGroups(groups);
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
     * statement, and only their groups recomputed.
     */
    void assigned(List<EmployeeId> employees, String course, Instant at, EmployeeId assignedBy, LocalDate dueDate) {
        if (employees.isEmpty()) {
            return;
        }
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
        refreshGroups(groupKeys(employees));
    }

    /** The groups these people count in now. */
    private java.util.Set<String> groupKeys(Collection<EmployeeId> employees) {
        return new java.util.HashSet<>(jdbc.queryForList("SELECT DISTINCT " + GROUP_KEY
                + " FROM reporting_employee e WHERE e.employee_id IN (:ids)", ids(employees), String.class));
    }

    /**
     * Recomputes these groups' figures, attestation counts and weekly activity, and no other group's: the work of a
     * page of a wave grows with the page, not with the organisation. Narrowed by department where every group has
     * one, so the department index serves the statements.
     */
    void refreshGroups(Collection<String> groupKeys) {
        if (groupKeys.isEmpty()) {
            return;
        }
        List<Long> departments = groupKeys.stream().map(key -> Long.parseLong(key.substring(0, key.indexOf('/'))))
                .distinct().toList();
        String inGroups = GROUP_KEY + " IN (:keys)"
                + (departments.contains(0L) ? "" : " AND e.department_id IN (:departments)");
        MapSqlParameterSource params = new MapSqlParameterSource("today", Date.valueOf(today()))
                .addValue("keys", List.copyOf(groupKeys)).addValue("departments", departments)
                .addValue("from", Date.valueOf(ALL_WEEKS));
        jdbc.update("DELETE FROM reporting_group_figures WHERE group_key IN (:keys)", params);
        jdbc.update(GROUP_FIGURES.formatted(inGroups), params);
        jdbc.update("DELETE FROM reporting_group_attestation WHERE group_key IN (:keys)", params);
        jdbc.update(GROUP_ATTESTATIONS.formatted(inGroups), params);
        jdbc.update("DELETE FROM reporting_group_week WHERE group_key IN (:keys)", params);
        jdbc.update(GROUP_WEEKS.formatted(inGroups), params);
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
        jdbc.update("""
                INSERT INTO reporting_enrolment (employee_id, course_id, started_at) VALUES (:id, :course, :at)
                ON DUPLICATE KEY UPDATE started_at = LEAST(COALESCE(started_at, VALUES(started_at)),
                    VALUES(started_at))""", id(employee).addValue("course", course).addValue("at", Timestamp.from(at)));
        recountCourses(employee);
    }

    void courseCompleted(EmployeeId employee, String course, Instant at) {
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
        jdbc.update("""
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
                WHERE e.employee_id = :id""", id(employee));
        regroup(employee);
    }

    /** Keeps the latest approval: an older one delivered late does not overwrite it. */
    void auditApproved(EmployeeId employee, int score, Instant approvedAt) {
        jdbc.update("""
                UPDATE reporting_employee SET audit_score = :score, audit_approved_at = :at
                WHERE employee_id = :id AND (audit_approved_at IS NULL OR audit_approved_at <= :at)""",
                id(employee).addValue("score", score).addValue("at", Timestamp.from(approvedAt)));
        regroup(employee);
    }

    void indexChanged(EmployeeId employee, int total, String band) {
        jdbc.update("UPDATE reporting_employee SET sli_total = :total, sli_band = :band WHERE employee_id = :id",
                id(employee).addValue("total", total).addValue("band", band));
        regroup(employee);
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
        MapSqlParameterSource params = id(employee).addValue("from", Date.valueOf(from));
        jdbc.update("DELETE FROM reporting_active_week WHERE employee_id = :id AND week_start >= :from", params);
        for (LocalDate week : weeks) {
            jdbc.update("""
                    INSERT INTO reporting_active_week (employee_id, week_start, department_id, country_code, cohort_id)
                    SELECT employee_id, :week, department_id, country_code, cohort_id FROM reporting_employee
                    WHERE employee_id = :id""", id(employee).addValue("week", Date.valueOf(week)));
        }
        groupOf(employee).ifPresent(group -> refreshWeeks(group, from));
    }

    void certificateIssued(EmployeeId employee, long certificateId, String achievementId, Long supersedes,
            Instant issuedAt, LocalDate expiresOn) {
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
        regroup(employee);
    }

    /** Keeps the latest attestation per policy. */
    void attested(EmployeeId employee, String policyId, String version, Instant at) {
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
        regroup(employee);
    }

    // --- group figures ----------------------------------------------------------------------------------------

    /** The smallest group a person counts in. */
    record Group(Long departmentId, String countryCode, Long cohortId) {
    }

    private Optional<Group> groupOf(EmployeeId employee) {
        return jdbc.query("SELECT department_id, country_code, cohort_id FROM reporting_employee WHERE employee_id = :id",
                id(employee), (rs, n) -> new Group(rs.getObject(1, Long.class), rs.getString(2),
                        rs.getObject(3, Long.class))).stream().findFirst();
    }

    private void regroup(EmployeeId employee) {
        groupOf(employee).ifPresent(this::refreshGroup);
    }

    /**
     * Recomputes one group's figures from its people's rows. The INSERT … SELECT reads those rows with locks, so
     * two listeners changing people of the same group wait for each other instead of losing a change.
     */
    private void refreshGroup(Group group) {
        MapSqlParameterSource params = new MapSqlParameterSource("today", Date.valueOf(today()))
                .addValue("department", group.departmentId()).addValue("country", group.countryCode())
                .addValue("cohort", group.cohortId());
        jdbc.update("DELETE FROM reporting_group_figures WHERE department_id <=> :department"
                + " AND country_code = :country AND cohort_id <=> :cohort", params);
        jdbc.update(GROUP_FIGURES.formatted("e.department_id <=> :department AND e.country_code = :country"
                + " AND e.cohort_id <=> :cohort"), params);
        jdbc.update("DELETE FROM reporting_group_attestation WHERE department_id <=> :department"
                + " AND country_code = :country AND cohort_id <=> :cohort", params);
        jdbc.update(GROUP_ATTESTATIONS.formatted("e.department_id <=> :department AND e.country_code = :country"
                + " AND e.cohort_id <=> :cohort"), params);
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
