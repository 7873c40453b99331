package dev.podium.reporting;

import dev.podium.audit.AuditService;
import dev.podium.audit.CoachWorkload;
import dev.podium.people.EmployeeService;
import dev.podium.people.EmployeeSummary;
import dev.podium.rollout.WaveDetails;
import dev.podium.rollout.WaveService;
import dev.podium.policy.PolicyCoverage;
import dev.podium.policy.PolicyService;
import dev.podium.shared.Roles;
import dev.podium.shared.CourseId;
import dev.podium.shared.AccessLog;
import dev.podium.shared.AccessLogAction;
import dev.podium.shared.EmployeeId;
import jakarta.annotation.security.RolesAllowed;
import java.sql.Date;
import java.time.Clock;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.temporal.IsoFields;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * HR's programme dashboard (aggregates only: groups smaller than {@code podium.reporting.minimum-group-size} are not
 * shown; named lists only for completion and certificates) and line managers' "My team" (their direct reports'
 * courses, due dates and certificates; nothing about posts). Everything is read from reporting's own read models.
 */
@Service
public class ReportingService {

    /** Audit score buckets: 0–9, 10–19, …, 90–100. */
    private static final int SCORE_BUCKETS = 10;
    private static final List<String> BANDS = List.of("STARTING", "BUILDING", "LEADING");
    private static final Duration POLICY_VERSION_TTL = Duration.ofMinutes(1);
    private static final int MAX_PAGE = 1_000;
    /** The activity module's index window: a person's conversations count for this many weeks. */
    private static final int CONVERSATION_WEEKS = 12;

    private final ReadModel model;
    private final SmallGroups smallGroups;
    private final ReportingProperties properties;
    private final PeopleDirectory people;
    private final EmployeeService employees;
    private final AuditService audits;
    private final PolicyService policies;
    private final Clock clock;
    private final WaveService waves;
    private final AccessLog accessLog;
    private final Map<String, CachedVersion> policyVersions = new ConcurrentHashMap<>();

    ReportingService(ReadModel model, ReportingProperties properties, PeopleDirectory people,
            EmployeeService employees, AuditService audits, PolicyService policies, Clock clock, WaveService waves,
            AccessLog accessLog) {
        this.accessLog = accessLog;
        this.model = model;
        this.smallGroups = new SmallGroups(properties.minimumGroupSize());
        this.properties = properties;
        this.people = people;
        this.employees = employees;
        this.audits = audits;
        this.policies = policies;
        this.clock = clock;
        this.waves = waves;
    }

    /** The minimum group size in force, for the dashboard's explanation. */
    @RolesAllowed(Roles.HR_ADMIN)
    public int minimumGroupSize() {
        return smallGroups.minimum();
    }

    /** Departments, countries and cohorts the filters offer (those with people in the read model). */
    @RolesAllowed(Roles.HR_ADMIN)
    @Transactional(readOnly = true)
    public FilterOptions filterOptions() {
        List<FilterOptions.Option> departments = employees.departments().stream()
                .map(d -> new FilterOptions.Option(d.id(), d.name() + " (" + d.countryCode() + ")")).toList();
        List<String> countries = model.query("SELECT DISTINCT country_code FROM reporting_employee ORDER BY 1",
                new MapSqlParameterSource(), (rs, n) -> rs.getString(1));
        List<FilterOptions.Option> cohorts = model.query("""
                SELECT DISTINCT cohort_id, cohort_name FROM reporting_employee WHERE cohort_id IS NOT NULL
                ORDER BY cohort_name""", new MapSqlParameterSource(),
                (rs, n) -> new FilterOptions.Option(rs.getLong(1), rs.getString(2)));
        return new FilterOptions(departments, countries, cohorts);
    }

    /** How many active people in the selection reached each stage of the programme. */
    @RolesAllowed(Roles.HR_ADMIN)
    @Transactional(readOnly = true)
    public Funnel funnel(DashboardFilter filter) {
        model.refreshGroupsIfStale();
        MapSqlParameterSource params = params();
        Map<String, Object> row = model.rows(FUNNEL_COLUMNS + " FROM reporting_group_figures e WHERE TRUE"
                + where(filter, params), params).getFirst();
        return funnelOf(row);
    }

    /**
     * The funnel per department, country or cohort; small groups left out, and within each stage a second cell
     * hidden when only one would be (the funnel above shows the column's total).
     */
    @RolesAllowed(Roles.HR_ADMIN)
    @Transactional(readOnly = true)
    public Breakdown breakdown(DashboardFilter filter, Dimension dimension) {
        List<GroupCells> cells = groupCells(filter, dimension);
        Function<String, String> labels = groupLabels(dimension);
        List<Breakdown.Group> groups = new ArrayList<>();
        int hidden = 0;
        for (GroupCells cell : cells) {
            if (!cell.shown()) {
                hidden++;
                continue;
            }
            groups.add(new Breakdown.Group(cell.key(), labels.apply(cell.key()), cell.funnel()));
        }
        groups.sort(java.util.Comparator.comparing(Breakdown.Group::label, String.CASE_INSENSITIVE_ORDER));
        return new Breakdown(dimension, groups, hidden);
    }

    /** Every group of the dimension in the selection, with what the breakdown shows of it (nulls where hidden). */
    private List<GroupCells> groupCells(DashboardFilter filter, Dimension dimension) {
        model.refreshGroupsIfStale();
        MapSqlParameterSource params = params();
        String key = groupColumn(dimension);
        List<Map<String, Object>> rows = model.rows(FUNNEL_COLUMNS + ", " + key + " AS group_key"
                + " FROM reporting_group_figures e WHERE " + key + " IS NOT NULL" + where(filter, params)
                + " GROUP BY " + key, params);
        List<Boolean> visible = smallGroups.visibleGroups(rows.stream().map(r -> number(r, "population")).toList());
        Map<FunnelStage, List<Long>> columns = new LinkedHashMap<>();
        STAGE_COLUMNS.forEach((stage, column) -> columns.put(stage, smallGroups.column(
                rows.stream().map(r -> number(r, column)).toList(), visible)));
        List<GroupCells> cells = new ArrayList<>();
        for (int i = 0; i < rows.size(); i++) {
            int row = i;
            List<Funnel.StageCount> stages = new ArrayList<>();
            columns.forEach((stage, column) -> stages.add(new Funnel.StageCount(stage, column.get(row))));
            Long population = visible.get(i) ? number(rows.get(i), "population") : null;
            cells.add(new GroupCells(String.valueOf(rows.get(i).get("group_key")), visible.get(i),
                    new Funnel(population, stages)));
        }
        return cells;
    }

    /** One group of a dimension: whether its row is shown, and its funnel as shown (null counts hidden). */
    private record GroupCells(String key, boolean shown, Funnel funnel) {
    }

    private static String groupColumn(Dimension dimension) {
        return switch (dimension) {
            case DEPARTMENT -> "e.department_id";
            case COUNTRY -> "e.country_code";
            case COHORT -> "e.cohort_id";
        };
    }

    /** Approved audits' final scores in buckets of ten points (keys {@code 0}, {@code 10}, … {@code 90}). */
    @RolesAllowed(Roles.HR_ADMIN)
    @Transactional(readOnly = true)
    public Distribution auditScores(DashboardFilter filter) {
        model.refreshGroupsIfStale();
        MapSqlParameterSource params = params();
        List<String> keys = new ArrayList<>();
        StringBuilder sums = new StringBuilder();
        for (int bucket = 0; bucket < SCORE_BUCKETS; bucket++) {
            keys.add(Integer.toString(bucket * 10));
            sums.append(bucket == 0 ? "" : ", ").append("COALESCE(SUM(e.score_").append(bucket * 10).append("), 0)");
        }
        Map<String, Object> row = model.rows("SELECT " + sums + " FROM reporting_group_figures e WHERE TRUE"
                + where(filter, params), params).getFirst();
        return distribution(keys, row.values().stream().map(v -> ((Number) v).longValue()).toList());
    }

    /**
     * Audit scores and index figures per department, country or cohort: how many have one and the average, with
     * small groups and cells suppressed ({@link GroupScores}). Counted from one row per person when HR reads it.
     */
    @RolesAllowed(Roles.HR_ADMIN)
    @Transactional(readOnly = true)
    public GroupScores scoresByGroup(DashboardFilter filter, Dimension dimension) {
        String key = groupColumn(dimension);
        MapSqlParameterSource params = params();
        List<Map<String, Object>> rows = model.rows("SELECT " + key + " AS group_key, COUNT(*) AS population,"
                + " COALESCE(SUM(CASE WHEN e.audit_score IS NOT NULL THEN 1 ELSE 0 END), 0) AS audited,"
                + " AVG(e.audit_score) AS average_score,"
                + " COALESCE(SUM(CASE WHEN e.sli_total IS NOT NULL THEN 1 ELSE 0 END), 0) AS indexed,"
                + " AVG(e.sli_total) AS average_index"
                + " FROM reporting_employee e WHERE e.active AND " + key + " IS NOT NULL" + where(filter, params)
                + " GROUP BY " + key, params);
        List<Boolean> visible = smallGroups.visibleGroups(rows.stream().map(r -> number(r, "population")).toList());
        List<Long> audited = smallGroups.column(rows.stream().map(r -> number(r, "audited")).toList(), visible);
        List<Long> indexed = smallGroups.column(rows.stream().map(r -> number(r, "indexed")).toList(), visible);
        Function<String, String> labels = groupLabels(dimension);
        List<GroupScores.Group> groups = new ArrayList<>();
        int hidden = 0;
        for (int i = 0; i < rows.size(); i++) {
            if (!visible.get(i)) {
                hidden++;
                continue;
            }
            Map<String, Object> row = rows.get(i);
            String groupKey = String.valueOf(row.get("group_key"));
            groups.add(new GroupScores.Group(groupKey, labels.apply(groupKey), number(row, "population"),
                    audited.get(i), average(audited.get(i), row.get("average_score")), indexed.get(i),
                    average(indexed.get(i), row.get("average_index"))));
        }
        groups.sort(java.util.Comparator.comparing(GroupScores.Group::label, String.CASE_INSENSITIVE_ORDER));
        return new GroupScores(dimension, groups, hidden);
    }

    /** An average to one decimal, only when the count it averages over is shown and not zero. */
    private static Double average(Long shownCount, Object average) {
        if (shownCount == null || shownCount == 0 || average == null) {
            return null;
        }
        return Math.round(((Number) average).doubleValue() * 10) / 10.0;
    }

    /** People per Social Leadership Index band (keys {@code STARTING}, {@code BUILDING}, {@code LEADING}). */
    @RolesAllowed(Roles.HR_ADMIN)
    @Transactional(readOnly = true)
    public Distribution sliBands(DashboardFilter filter) {
        model.refreshGroupsIfStale();
        MapSqlParameterSource params = params();
        // aliased as the columns: LEADING is a reserved word in MariaDB
        Map<String, Object> row = model.rows("SELECT COALESCE(SUM(e.band_starting), 0) AS band_starting,"
                + " COALESCE(SUM(e.band_building), 0) AS band_building,"
                + " COALESCE(SUM(e.band_leading), 0) AS band_leading"
                + " FROM reporting_group_figures e WHERE TRUE" + where(filter, params), params).getFirst();
        return distribution(BANDS, BANDS.stream().map(band -> number(row, "band_" + band.toLowerCase(Locale.ROOT)))
                .toList());
    }

    /** Per ISO week of the trend window (oldest first), how many people in the selection were active. */
    @RolesAllowed(Roles.HR_ADMIN)
    @Transactional(readOnly = true)
    public WeeklyTrend consistencyTrend(DashboardFilter filter) {
        model.refreshGroupsIfStale();
        LocalDate thisWeek = today().with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
        LocalDate first = thisWeek.minusWeeks(properties.trendWeeks() - 1L);
        MapSqlParameterSource params = params().addValue("first", Date.valueOf(first));
        Map<LocalDate, Long> counts = new HashMap<>();
        model.query("SELECT e.week_start, SUM(e.active) FROM reporting_group_week e WHERE e.week_start >= :first"
                + where(filter, params) + " GROUP BY e.week_start", params,
                (rs, n) -> counts.put(rs.getDate(1).toLocalDate(), rs.getLong(2)));
        long population = population(filter);
        boolean small = smallGroups.small(population);
        List<WeeklyTrend.Week> weeks = new ArrayList<>();
        for (LocalDate week = first; !week.isAfter(thisWeek); week = week.plusWeeks(1)) {
            long active = counts.getOrDefault(week, 0L);
            weeks.add(new WeeklyTrend.Week(week, week.get(IsoFields.WEEK_OF_WEEK_BASED_YEAR),
                    small ? null : smallGroups.shown(active)));
        }
        return new WeeklyTrend(small ? null : population, weeks);
    }

    /**
     * Per department, country or cohort: of the active people, how many imported LinkedIn's analytics export and how
     * many have an own post that started a conversation in the last {@value #CONVERSATION_WEEKS} weeks; small groups
     * left out. Counted from one row per person when HR reads it, so no event recomputes a group.
     */
    @RolesAllowed(Roles.HR_ADMIN)
    @Transactional(readOnly = true)
    public ConversationShares conversationShares(DashboardFilter filter, Dimension dimension) {
        String key = switch (dimension) {
            case DEPARTMENT -> "e.department_id";
            case COUNTRY -> "e.country_code";
            case COHORT -> "e.cohort_id";
        };
        // a count older than the index window says nothing about this window
        MapSqlParameterSource params = params().addValue("since",
                Date.valueOf(today().minusWeeks(CONVERSATION_WEEKS)));
        List<Map<String, Object>> rows = model.rows("SELECT " + key + " AS group_key, COUNT(*) AS population,"
                + " COALESCE(SUM(CASE WHEN c.export_imported THEN 1 ELSE 0 END), 0) AS with_export,"
                + " COALESCE(SUM(CASE WHEN c.posts_started > 0 AND c.window_end >= :since THEN 1 ELSE 0 END), 0)"
                + " AS started FROM reporting_employee e LEFT JOIN reporting_conversation c"
                + " ON c.employee_id = e.employee_id WHERE e.active AND " + key + " IS NOT NULL"
                + where(filter, params) + " GROUP BY " + key, params);
        List<Boolean> visible = smallGroups.visibleGroups(rows.stream().map(r -> number(r, "population")).toList());
        Function<String, String> labels = groupLabels(dimension);
        List<ConversationShares.Group> groups = new ArrayList<>();
        int hidden = 0;
        for (int i = 0; i < rows.size(); i++) {
            if (!visible.get(i)) {
                hidden++;
                continue;
            }
            Map<String, Object> row = rows.get(i);
            String groupKey = String.valueOf(row.get("group_key"));
            String label = labels.apply(groupKey);
            List<Long> parts = smallGroups.parts(List.of(number(row, "with_export"), number(row, "started")));
            groups.add(new ConversationShares.Group(groupKey, label, number(row, "population"), parts.get(0),
                    parts.get(1)));
        }
        groups.sort(java.util.Comparator.comparing(ConversationShares.Group::label, String.CASE_INSENSITIVE_ORDER));
        return new ConversationShares(dimension, groups, hidden);
    }

    /**
     * A launched wave's people still active N weeks after its launch (week 0 = the launch week), from the weeks
     * the read model keeps per person; up to the trend window or today, whichever comes first.
     */
    @RolesAllowed(Roles.HR_ADMIN)
    @Transactional(readOnly = true)
    public CohortCurve cohortCurve(long cohortId) {
        WaveDetails wave = waves.get(cohortId);
        if (wave.launchedAt() == null) {
            return new CohortCurve(cohortId, wave.name(), null, null, List.of());
        }
        LocalDate launchWeek = LocalDate.ofInstant(wave.launchedAt(), java.time.ZoneOffset.UTC)
                .with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
        LocalDate thisWeek = today().with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
        MapSqlParameterSource params = params().addValue("cohort", cohortId)
                .addValue("first", Date.valueOf(launchWeek));
        long population = model.count("SELECT COUNT(*) FROM reporting_employee e WHERE e.active"
                + " AND e.cohort_id = :cohort", params);
        Map<LocalDate, Long> counts = new HashMap<>();
        model.query("SELECT w.week_start, COUNT(*) FROM reporting_active_week w JOIN reporting_employee e"
                + " ON e.employee_id = w.employee_id WHERE e.active AND e.cohort_id = :cohort"
                + " AND w.week_start >= :first GROUP BY w.week_start", params,
                (rs, n) -> counts.put(rs.getDate(1).toLocalDate(), rs.getLong(2)));
        boolean small = smallGroups.small(population);
        List<CohortCurve.Point> points = new ArrayList<>();
        for (int n = 0; n < properties.trendWeeks() && !launchWeek.plusWeeks(n).isAfter(thisWeek); n++) {
            LocalDate week = launchWeek.plusWeeks(n);
            points.add(new CohortCurve.Point(n, week, small ? null : smallGroups.shown(counts.getOrDefault(week, 0L))));
        }
        return new CohortCurve(cohortId, wave.name(), launchWeek, small ? null : population, points);
    }

    /**
     * Valid certificates of the selection that expire within 30, 31–60 and 61–90 days (keys {@code 30}, {@code 60},
     * {@code 90}); the population is the number expiring within 90 days.
     */
    @RolesAllowed(Roles.HR_ADMIN)
    @Transactional(readOnly = true)
    public Distribution certificateExpiry(DashboardFilter filter) {
        LocalDate today = today();
        MapSqlParameterSource params = params().addValue("today", Date.valueOf(today))
                .addValue("d30", Date.valueOf(today.plusDays(30))).addValue("d60", Date.valueOf(today.plusDays(60)))
                .addValue("d90", Date.valueOf(today.plusDays(90)));
        Map<String, Object> row = model.rows("""
                SELECT COALESCE(SUM(c.expires_on <= :d30), 0) AS d30,
                       COALESCE(SUM(c.expires_on > :d30 AND c.expires_on <= :d60), 0) AS d60,
                       COALESCE(SUM(c.expires_on > :d60), 0) AS d90
                FROM reporting_certificate c JOIN reporting_employee e ON e.employee_id = c.employee_id
                WHERE c.expires_on BETWEEN :today AND :d90 AND c.revoked_at IS NULL AND NOT c.superseded
                  AND e.active""" + where(filter, params), params).getFirst();
        return distribution(List.of("30", "60", "90"),
                List.of(number(row, "d30"), number(row, "d60"), number(row, "d90")));
    }

    /** For each policy, how many active people in the selection attested its current version. */
    @RolesAllowed(Roles.HR_ADMIN)
    @Transactional(readOnly = true)
    public List<AttestationCoverage> attestationCoverage(DashboardFilter filter) {
        long population = population(filter);
        boolean small = smallGroups.small(population);
        List<AttestationCoverage> coverage = new ArrayList<>();
        for (String policyId : policies.policyIds()) {
            String version = currentVersion(policyId);
            if (version == null) {
                continue;
            }
            MapSqlParameterSource params = params().addValue("policy", policyId).addValue("version", version);
            long attested = model.count("SELECT COALESCE(SUM(e.attested), 0) FROM reporting_group_attestation e"
                    + " WHERE e.policy_id = :policy AND e.policy_version = :version" + where(filter, params), params);
            coverage.add(new AttestationCoverage(policyId, version, small ? null : population,
                    small ? null : smallGroups.shown(attested)));
        }
        return coverage;
    }

    /** Every coach with open profile audits: in review, past the review SLA, waiting for the employee. */
    @RolesAllowed(Roles.HR_ADMIN)
    public List<CoachWorkload> coachWorkload() {
        return audits.coachWorkload();
    }

    /**
     * A page of the named list behind a funnel stage: the active people of the selection who reached it
     * ({@code reached}) or not yet; {@code stage} null for everyone. Sorted by name. Only where the dashboard shows
     * the count: a selection, stage or "not yet" of fewer people than the minimum group size is refused, and people
     * of a department, country or cohort whose cell the breakdown hides are left out, so the list never names a
     * group the dashboard suppresses, directly or by subtraction.
     *
     * @throws ReportingRuleViolation {@code reporting.error.small-group} for a list of a suppressed group
     */
    @RolesAllowed(Roles.HR_ADMIN)
    @Transactional(readOnly = true)
    public List<PersonProgress> people(DashboardFilter filter, FunnelStage stage, boolean reached, int offset,
            int limit) {
        // opened when the first page is fetched; scrolling further is the same look
        if (offset == 0) {
            accessLog.record(AccessLogAction.LIST_OPENED, null, peopleList(filter, stage, reached),
                    "Dashboard drill-down");
        }
        return peoplePage(filter, stage, reached, offset, limit);
    }

    /** The same pages as {@link #people}, for an export: recorded once, as an export, when the first page is read. */
    @RolesAllowed(Roles.HR_ADMIN)
    @Transactional(readOnly = true)
    public List<PersonProgress> exportPeople(DashboardFilter filter, FunnelStage stage, boolean reached, int offset,
            int limit) {
        if (offset == 0) {
            accessLog.record(AccessLogAction.EXPORTED, null, peopleList(filter, stage, reached),
                    "Dashboard drill-down exported");
        }
        return peoplePage(filter, stage, reached, offset, limit);
    }

    private List<PersonProgress> peoplePage(DashboardFilter filter, FunnelStage stage, boolean reached, int offset,
            int limit) {
        checkPage(offset, limit);
        MapSqlParameterSource params = params().addValue("offset", offset).addValue("limit", limit);
        NamedList list = namedListOfStage(filter, stage, reached, params);
        String shownGroups = list.sql();
        return model.query("""
                SELECT e.employee_id, e.full_name, e.department_name, e.country_code, e.courses_assigned,
                       e.courses_started, e.courses_completed, e.audit_approved_at, e.certified_until
                FROM reporting_employee e WHERE e.active""" + where(filter, params) + stage(stage, reached, params)
                + shownGroups + " ORDER BY e.full_name, e.employee_id LIMIT :limit OFFSET :offset", params, (rs, n) -> {
                    LocalDate certifiedUntil = ReadModel.date(rs, "certified_until");
                    return progress(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getString(4), rs.getInt(5),
                            rs.getInt(6), rs.getInt(7), rs.getTimestamp(8) != null,
                            certifiedUntil == null || certifiedUntil.isBefore(today()) ? null : certifiedUntil,
                            list.hiddenStages());
                });
    }

    @RolesAllowed(Roles.HR_ADMIN)
    @Transactional(readOnly = true)
    public long countPeople(DashboardFilter filter, FunnelStage stage, boolean reached) {
        MapSqlParameterSource params = params();
        String shownGroups = namedListOfStage(filter, stage, reached, params).sql();
        return model.count("SELECT COUNT(*) FROM reporting_employee e WHERE e.active" + where(filter, params)
                + stage(stage, reached, params) + shownGroups, params);
    }

    /**
     * A page of the valid certificates of the selection expiring within 30, 60 or 90 days (the dashboard's
     * buckets), soonest first. Only where the dashboard shows every bucket the list covers; people of a department,
     * country or cohort the breakdown hides are left out.
     *
     * @throws ReportingRuleViolation {@code reporting.error.small-group} for a list of a suppressed group,
     *         {@code reporting.error.expiry-days} for another number of days
     */
    @RolesAllowed(Roles.HR_ADMIN)
    @Transactional(readOnly = true)
    public List<CertificateHolder> expiringCertificates(DashboardFilter filter, int days, int offset, int limit) {
        if (offset == 0) {
            accessLog.record(AccessLogAction.LIST_OPENED, null, expiringList(filter, days), "Dashboard drill-down");
        }
        return expiringPage(filter, days, offset, limit);
    }

    /** The same pages as {@link #expiringCertificates}, for an export: recorded once, as an export. */
    @RolesAllowed(Roles.HR_ADMIN)
    @Transactional(readOnly = true)
    public List<CertificateHolder> exportExpiringCertificates(DashboardFilter filter, int days, int offset,
            int limit) {
        if (offset == 0) {
            accessLog.record(AccessLogAction.EXPORTED, null, expiringList(filter, days),
                    "Dashboard drill-down exported");
        }
        return expiringPage(filter, days, offset, limit);
    }

    private List<CertificateHolder> expiringPage(DashboardFilter filter, int days, int offset, int limit) {
        checkPage(offset, limit);
        MapSqlParameterSource params = expiring(days).addValue("offset", offset).addValue("limit", limit);
        String shownGroups = namedListOfExpiry(filter, days, params);
        return model.query("""
                SELECT c.certificate_id, e.employee_id, e.full_name, e.department_name, c.achievement_id, c.expires_on
                FROM reporting_certificate c JOIN reporting_employee e ON e.employee_id = c.employee_id
                WHERE c.expires_on BETWEEN :today AND :until AND c.revoked_at IS NULL AND NOT c.superseded
                  AND e.active""" + where(filter, params) + shownGroups
                + " ORDER BY c.expires_on, e.full_name, c.certificate_id LIMIT :limit OFFSET :offset", params,
                (rs, n) -> new CertificateHolder(rs.getLong(1), EmployeeId.of(rs.getLong(2)), rs.getString(3),
                        rs.getString(4), rs.getString(5), ReadModel.date(rs, "expires_on")));
    }

    @RolesAllowed(Roles.HR_ADMIN)
    @Transactional(readOnly = true)
    public long countExpiringCertificates(DashboardFilter filter, int days) {
        MapSqlParameterSource params = expiring(days);
        String shownGroups = namedListOfExpiry(filter, days, params);
        return model.count("""
                SELECT COUNT(*) FROM reporting_certificate c JOIN reporting_employee e ON e.employee_id = c.employee_id
                WHERE c.expires_on BETWEEN :today AND :until AND c.revoked_at IS NULL AND NOT c.superseded
                  AND e.active""" + where(filter, params) + shownGroups, params);
    }

    /**
     * The check behind the funnel's named lists: the selection's count for the stage (or of those who have not
     * reached it yet) must be one the dashboard shows. Returns SQL leaving out the groups whose cell the breakdown
     * hides, and the stages whose figures no row may show because the dashboard hides them for the selection or
     * for a group the list includes.
     */
    private NamedList namedListOfStage(DashboardFilter filter, FunnelStage stage, boolean reached,
            MapSqlParameterSource params) {
        Funnel funnel = funnel(filter);
        Long population = funnel.population();
        if (population == null) {
            throw new ReportingRuleViolation("reporting.error.small-group");
        }
        if (stage != null) {
            Long count = funnel.count(stage);
            if (count == null || !reached && smallGroups.shown(population - count) == null) {
                throw new ReportingRuleViolation("reporting.error.small-group");
            }
        }
        java.util.function.Predicate<GroupCells> hidden = cell -> stage == null
                ? cell.funnel().population() == null
                : cell.funnel().count(stage) == null || cell.funnel().population() == null;
        Map<Dimension, List<GroupCells>> cells = new java.util.EnumMap<>(Dimension.class);
        for (Dimension dimension : Dimension.values()) {
            cells.put(dimension, groupCells(filter, dimension));
        }
        java.util.Set<FunnelStage> hiddenStages = java.util.EnumSet.noneOf(FunnelStage.class);
        for (FunnelStage each : FunnelStage.values()) {
            boolean shown = funnel.count(each) != null && cells.values().stream().flatMap(List::stream)
                    .filter(hidden.negate()).allMatch(cell -> cell.funnel().count(each) != null);
            if (!shown) {
                hiddenStages.add(each);
            }
        }
        return new NamedList(withoutHiddenGroups(cells, hidden, params), hiddenStages);
    }

    /** A named list's SQL leaving out hidden groups, and the stages no row of it may show. */
    private record NamedList(String sql, java.util.Set<FunnelStage> hiddenStages) {
    }

    /** The check behind the certificate expiry lists: every bucket the list covers is shown on the dashboard. */
    private String namedListOfExpiry(DashboardFilter filter, int days, MapSqlParameterSource params) {
        if (days != 30 && days != 60 && days != 90) {
            throw new ReportingRuleViolation("reporting.error.expiry-days");
        }
        Distribution expiry = certificateExpiry(filter);
        if (expiry.population() == null || expiry.buckets().stream()
                .anyMatch(b -> Integer.parseInt(b.key()) <= days && b.count() == null)) {
            throw new ReportingRuleViolation("reporting.error.small-group");
        }
        Map<Dimension, List<GroupCells>> cells = new java.util.EnumMap<>(Dimension.class);
        for (Dimension dimension : Dimension.values()) {
            cells.put(dimension, groupCells(filter, dimension));
        }
        return withoutHiddenGroups(cells, cell -> !cell.shown(), params);
    }

    /** SQL on alias {@code e} leaving out each dimension's groups that the predicate calls hidden. */
    private static String withoutHiddenGroups(Map<Dimension, List<GroupCells>> cells,
            java.util.function.Predicate<GroupCells> hidden, MapSqlParameterSource params) {
        StringBuilder sql = new StringBuilder();
        for (Dimension dimension : Dimension.values()) {
            List<String> keys = cells.get(dimension).stream().filter(hidden).map(GroupCells::key).toList();
            if (keys.isEmpty()) {
                continue;
            }
            String name = "hidden_" + dimension.name().toLowerCase(Locale.ROOT);
            String column = groupColumn(dimension);
            sql.append(" AND (").append(column).append(" IS NULL OR ").append(column).append(" NOT IN (:")
                    .append(name).append("))");
            params.addValue(name, dimension == Dimension.COUNTRY ? keys
                    : keys.stream().map(Long::valueOf).toList());
        }
        return sql.toString();
    }

    /**
     * Copies every person's name, department, country and status from people into the read model again: for the
     * first deployment of reporting on existing data and after department moves (people publishes no event for
     * those yet). Returns how many people were copied.
     */
    @RolesAllowed(Roles.HR_ADMIN)
    @Transactional
    public int refreshPeople() {
        return people.refreshAll();
    }

    /** The signed-in line manager's direct reports with their courses and certificates; nothing about posts. */
    @RolesAllowed(Roles.LINE_MANAGER)
    @Transactional(readOnly = true)
    public List<TeamMember> myTeam() {
        List<EmployeeSummary> reports = employees.myDirectReports().stream().filter(EmployeeSummary::active).toList();
        accessLog.record(AccessLogAction.LIST_OPENED, null, "my team", "My team: " + reports.size()
                + " direct report(s)");
        if (reports.isEmpty()) {
            return List.of();
        }
        MapSqlParameterSource params = params().addValue("ids",
                reports.stream().map(r -> r.id().value()).toList()).addValue("today", Date.valueOf(today()));
        Map<Long, Map<String, Object>> rows = model.rows("""
                SELECT e.employee_id, e.courses_assigned, e.courses_completed, e.next_due_date, e.certificates,
                       e.next_expiry,
                       (SELECT COUNT(*) FROM reporting_enrolment n WHERE n.employee_id = e.employee_id
                          AND n.completed_at IS NULL AND n.due_date < :today) AS overdue
                FROM reporting_employee e WHERE e.employee_id IN (:ids)""", params).stream()
                .collect(Collectors.toMap(r -> number(r, "employee_id"), Function.identity()));
        return reports.stream().map(report -> {
            Map<String, Object> row = rows.get(report.id().value());
            if (row == null) {
                return new TeamMember(report.id(), report.fullName(), report.jobTitle(), 0, 0, null, 0, 0, null);
            }
            return new TeamMember(report.id(), report.fullName(), report.jobTitle(),
                    (int) number(row, "courses_assigned"), (int) number(row, "courses_completed"),
                    localDate(row.get("next_due_date")), (int) number(row, "overdue"),
                    (int) number(row, "certificates"), localDate(row.get("next_expiry")));
        }).toList();
    }

    /**
     * One direct report's courses (with due dates) and certificates.
     *
     * @throws AccessDeniedException when the person is not a direct report of the signed-in manager
     */
    @RolesAllowed(Roles.LINE_MANAGER)
    @Transactional(readOnly = true)
    public TeamMemberDetail teamMember(EmployeeId employee) {
        EmployeeSummary report = employees.myDirectReports().stream()
                .filter(r -> r.id().equals(employee)).findFirst()
                .orElseThrow(() -> new AccessDeniedException("Not a direct report of the signed-in manager"));
        accessLog.record(AccessLogAction.PERSON_OPENED, employee, "my team", "A direct report's courses and "
                + "certificates");
        MapSqlParameterSource params = params().addValue("id", employee.value());
        List<TeamMemberDetail.Assignment> assignments = model.query("""
                SELECT course_id, assigned, enrolled_at, due_date, started_at, completed_at FROM reporting_enrolment
                WHERE employee_id = :id ORDER BY completed_at IS NOT NULL, due_date IS NULL, due_date, course_id""",
                params, (rs, n) -> new TeamMemberDetail.Assignment(CourseId.of(rs.getString(1)), rs.getBoolean(2),
                        ReadModel.instant(rs, "enrolled_at"), ReadModel.date(rs, "due_date"),
                        rs.getTimestamp("started_at") != null || rs.getTimestamp("completed_at") != null,
                        ReadModel.instant(rs, "completed_at")));
        List<TeamMemberDetail.HeldCertificate> certificates = model.query("""
                SELECT certificate_id, achievement_id, issued_at, expires_on FROM reporting_certificate
                WHERE employee_id = :id AND revoked_at IS NULL AND NOT superseded ORDER BY issued_at DESC""", params,
                (rs, n) -> new TeamMemberDetail.HeldCertificate(rs.getLong(1), rs.getString(2),
                        ReadModel.instant(rs, "issued_at"), ReadModel.date(rs, "expires_on")));
        return new TeamMemberDetail(employee, report.fullName(), assignments, certificates);
    }

    // --- helpers ---------------------------------------------------------------------------------------------

    /** Sums over the group figures, which the listeners keep per department × country × cohort. */
    private static final String FUNNEL_COLUMNS = """
            SELECT COALESCE(SUM(e.population), 0) AS population, COALESCE(SUM(e.assigned), 0) AS assigned,
                   COALESCE(SUM(e.started), 0) AS started, COALESCE(SUM(e.completed), 0) AS completed,
                   COALESCE(SUM(e.approved), 0) AS approved, COALESCE(SUM(e.certified), 0) AS certified""";

    private MapSqlParameterSource params() {
        return new MapSqlParameterSource("today", Date.valueOf(today()));
    }

    /** The funnel's stages and their columns in the group figures. */
    private static final Map<FunnelStage, String> STAGE_COLUMNS = stageColumns();

    private static Map<FunnelStage, String> stageColumns() {
        Map<FunnelStage, String> columns = new LinkedHashMap<>();
        columns.put(FunnelStage.ASSIGNED, "assigned");
        columns.put(FunnelStage.STARTED, "started");
        columns.put(FunnelStage.COURSES_COMPLETED, "completed");
        columns.put(FunnelStage.AUDIT_APPROVED, "approved");
        columns.put(FunnelStage.CERTIFIED, "certified");
        return java.util.Collections.unmodifiableMap(columns);
    }

    private Funnel funnelOf(Map<String, Object> row) {
        long population = number(row, "population");
        boolean small = smallGroups.small(population);
        List<Funnel.StageCount> stages = new ArrayList<>();
        STAGE_COLUMNS.forEach((stage, column) -> stages.add(new Funnel.StageCount(stage,
                small ? null : smallGroups.shown(number(row, column)))));
        return new Funnel(small ? null : population, stages);
    }

    private Distribution distribution(List<String> keys, List<Long> counts) {
        long population = counts.stream().mapToLong(Long::longValue).sum();
        if (smallGroups.small(population)) {
            return new Distribution(null, keys.stream().map(k -> new Distribution.Bucket(k, null)).toList());
        }
        List<Long> shown = smallGroups.parts(counts);
        List<Distribution.Bucket> buckets = new ArrayList<>();
        for (int i = 0; i < keys.size(); i++) {
            buckets.add(new Distribution.Bucket(keys.get(i), shown.get(i)));
        }
        return new Distribution(population, buckets);
    }

    private long population(DashboardFilter filter) {
        model.refreshGroupsIfStale();
        MapSqlParameterSource params = params();
        return model.count("SELECT COALESCE(SUM(e.population), 0) FROM reporting_group_figures e WHERE TRUE"
                + where(filter, params), params);
    }

    /** The filter as SQL on alias {@code e} (every read-model table carries the three dimensions). */
    private static String where(DashboardFilter filter, MapSqlParameterSource params) {
        if (filter == null) {
            return "";
        }
        StringBuilder sql = new StringBuilder();
        if (filter.departmentId() != null) {
            sql.append(" AND e.department_id = :department");
            params.addValue("department", filter.departmentId());
        }
        if (filter.countryCode() != null && !filter.countryCode().isBlank()) {
            sql.append(" AND e.country_code = :country");
            params.addValue("country", filter.countryCode().strip().toUpperCase(Locale.ROOT));
        }
        if (filter.cohortId() != null) {
            sql.append(" AND e.cohort_id = :cohort");
            params.addValue("cohort", filter.cohortId());
        }
        return sql.toString();
    }

    private static String stage(FunnelStage stage, boolean reached, MapSqlParameterSource params) {
        if (stage == null) {
            return "";
        }
        String condition = switch (stage) {
            case ASSIGNED -> "e.courses_assigned > 0";
            case STARTED -> "e.courses_started > 0";
            case COURSES_COMPLETED -> "(e.courses_completed > 0 AND e.courses_completed >= e.courses_assigned)";
            case AUDIT_APPROVED -> "e.audit_approved_at IS NOT NULL";
            case CERTIFIED -> "COALESCE(e.certified_until >= :today, FALSE)";
        };
        return reached ? " AND " + condition : " AND NOT " + condition;
    }

    private MapSqlParameterSource expiring(int days) {
        if (days < 0 || days > 3_650) {
            throw new ReportingRuleViolation("reporting.error.days");
        }
        LocalDate today = today();
        return params().addValue("until", Date.valueOf(today.plusDays(days)));
    }

    private PersonProgress progress(long id, String name, String department, String country, int assigned,
            int started, int completed, boolean approved, LocalDate certifiedUntil,
            java.util.Set<FunnelStage> hidden) {
        FunnelStage reached = certifiedUntil != null ? FunnelStage.CERTIFIED
                : approved ? FunnelStage.AUDIT_APPROVED
                : completed > 0 && completed >= assigned ? FunnelStage.COURSES_COMPLETED
                : started > 0 ? FunnelStage.STARTED
                : assigned > 0 ? FunnelStage.ASSIGNED : null;
        // the course counts tell who is enrolled, started and completed: all three must be shown
        boolean courses = !hidden.contains(FunnelStage.ASSIGNED) && !hidden.contains(FunnelStage.STARTED)
                && !hidden.contains(FunnelStage.COURSES_COMPLETED);
        return new PersonProgress(EmployeeId.of(id), name, department, country, courses ? assigned : null,
                courses ? started : null, courses ? completed : null,
                hidden.contains(FunnelStage.AUDIT_APPROVED) ? null : approved,
                hidden.contains(FunnelStage.CERTIFIED) ? null : certifiedUntil,
                hidden.isEmpty() ? reached : null, hidden);
    }

    private static String peopleList(DashboardFilter filter, FunnelStage stage, boolean reached) {
        return "people " + (stage == null ? "in the selection" : (reached ? "who reached " : "who have not reached ")
                + stage) + describe(filter);
    }

    private static String expiringList(DashboardFilter filter, int days) {
        return "certificates expiring within " + days + " days" + describe(filter);
    }

    private static String describe(DashboardFilter filter) {
        StringBuilder text = new StringBuilder();
        if (filter.departmentId() != null) {
            text.append(", department ").append(filter.departmentId());
        }
        if (filter.countryCode() != null) {
            text.append(", country ").append(filter.countryCode());
        }
        if (filter.cohortId() != null) {
            text.append(", cohort ").append(filter.cohortId());
        }
        return text.toString();
    }

    private static void checkPage(int offset, int limit) {
        if (offset < 0 || limit < 0 || limit > MAX_PAGE) {
            throw new ReportingRuleViolation("reporting.error.page");
        }
    }

    private String currentVersion(String policyId) {
        CachedVersion cached = policyVersions.get(policyId);
        Instant now = clock.instant();
        if (cached != null && cached.until().isAfter(now)) {
            return cached.version();
        }
        String version = policies.coverage(policyId).map(PolicyCoverage::currentVersion).orElse(null);
        policyVersions.put(policyId, new CachedVersion(version, now.plus(POLICY_VERSION_TTL)));
        return version;
    }

    private record CachedVersion(String version, Instant until) {
    }

    private LocalDate today() {
        return LocalDate.ofInstant(clock.instant(), ZoneOffset.UTC);
    }

    private static long number(Map<String, Object> row, String column) {
        Object value = row.get(column);
        return value == null ? 0 : ((Number) value).longValue();
    }

    private static LocalDate localDate(Object value) {
        return switch (value) {
            case null -> null;
            case Date date -> date.toLocalDate();
            case LocalDate date -> date;
            default -> LocalDate.parse(Objects.toString(value));
        };
    }

    /** How a group of the dimension is named: a department or cohort by its name, a country by its code. */
    private Function<String, String> groupLabels(Dimension dimension) {
        Map<Long, String> names = switch (dimension) {
            case DEPARTMENT -> people.departmentNames();
            case COHORT -> filterOptions().cohorts().stream()
                    .collect(Collectors.toMap(FilterOptions.Option::id, FilterOptions.Option::label, (a, b) -> a));
            case COUNTRY -> Map.of();
        };
        return key -> dimension == Dimension.COUNTRY ? key : names.getOrDefault(Long.valueOf(key), key);
    }
}
