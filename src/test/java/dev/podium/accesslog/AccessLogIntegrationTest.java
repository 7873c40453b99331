package dev.podium.accesslog;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.podium.MutableClock;
import dev.podium.PodiumSpringTest;
import dev.podium.SignIn;
import dev.podium.shared.AccessLog;
import dev.podium.shared.AccessLogAction;
import dev.podium.shared.EmployeeId;
import dev.podium.shared.SystemUser;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/** The access log's own promises: who and where are filled in, rows share their action's fate, nothing is edited. */
@PodiumSpringTest
class AccessLogIntegrationTest {

    private static final String HR = "hr@podium.local";

    @Autowired
    AccessLog accessLog;
    @Autowired
    AccessLogService service;
    @Autowired
    AccessLogRetention retention;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    PlatformTransactionManager transactions;
    @Autowired
    UserDetailsService users;
    @Autowired
    MutableClock clock;

    AccessLogRows rows;

    @BeforeEach
    void setUp() {
        rows = new AccessLogRows(jdbc);
    }

    @AfterEach
    void reset() {
        clock.reset();
        SignIn.out();
    }

    @Test
    void a_row_names_the_signed_in_person_the_time_and_the_node() {
        long mark = rows.mark();
        Instant before = clock.instant();
        SignIn.run(users, HR, () -> accessLog.record(AccessLogAction.PERSON_OPENED, EmployeeId.of(7), null,
                "Employee details"));
        Instant after = clock.instant();

        AccessLogRows.Row row = assertSingle(mark);
        assertThat(row.actorName()).isEqualTo(HR);
        assertThat(row.actorId()).isEqualTo(hrId());
        assertThat(row.action()).isEqualTo(AccessLogAction.PERSON_OPENED);
        assertThat(row.person()).isEqualTo(EmployeeId.of(7));
        assertThat(row.node()).isNotBlank();
        assertThat(jdbc.queryForObject("SELECT recorded_at FROM access_log WHERE id = ?", Timestamp.class,
                rows.mark()).toInstant()).as("the application's clock, not the database's").isBetween(before, after);
    }

    @Test
    void the_system_is_named_as_the_system() {
        long mark = rows.mark();
        SystemUser.run(() -> accessLog.record(AccessLogAction.PERSONAL_DATA_ERASED, EmployeeId.of(8), null, "test"));

        AccessLogRows.Row row = assertSingle(mark);
        assertThat(row.actorName()).isEqualTo("system");
        assertThat(row.actorId()).isNull();
    }

    @Test
    void an_action_that_rolls_back_leaves_no_row() {
        long mark = rows.mark();
        TransactionTemplate transaction = new TransactionTemplate(transactions);
        SignIn.run(users, HR, () -> transaction.executeWithoutResult(status -> {
            accessLog.record(AccessLogAction.ROLES_CHANGED, EmployeeId.of(9), null, "rolled back");
            status.setRollbackOnly();
        }));

        assertThat(rows.since(mark)).isEmpty();
    }

    @Test
    void a_read_in_a_read_only_transaction_is_recorded_in_its_own() {
        long mark = rows.mark();
        TransactionTemplate readOnly = new TransactionTemplate(transactions);
        readOnly.setReadOnly(true);
        SignIn.run(users, HR, () -> readOnly.executeWithoutResult(status ->
                accessLog.record(AccessLogAction.LIST_OPENED, null, "employees", "Employee list")));

        assertThat(assertSingle(mark).group()).isEqualTo("employees");
    }

    @Test
    void the_database_refuses_to_change_or_delete_a_row() {
        SignIn.run(users, HR, () -> accessLog.record(AccessLogAction.EXPORTED, null, "x", "kept as it is"));
        long id = rows.mark();

        assertThatThrownBy(() -> jdbc.update("UPDATE access_log SET detail = 'edited' WHERE id = ?", id))
                .hasMessageContaining("append-only");
        assertThatThrownBy(() -> jdbc.update("DELETE FROM access_log WHERE id = ?", id))
                .hasMessageContaining("append-only");
        assertThatThrownBy(() -> jdbc.update("DELETE FROM access_log"))
                .hasMessageContaining("append-only");
        assertThat(jdbc.queryForObject("SELECT detail FROM access_log WHERE id = ?", String.class, id))
                .isEqualTo("kept as it is");
    }

    @Test
    void even_with_the_purge_variable_set_a_row_younger_than_its_cut_off_cannot_be_deleted() {
        SignIn.run(users, HR, () -> accessLog.record(AccessLogAction.EXPORTED, null, "x", "young"));
        long id = rows.mark();
        TransactionTemplate transaction = new TransactionTemplate(transactions);

        assertThatThrownBy(() -> transaction.executeWithoutResult(status -> {
            // a cut-off a minute before the row was written
            jdbc.update("SET @access_log_purge_before = ?", Timestamp.from(clock.instant().minusSeconds(60)));
            try {
                jdbc.update("DELETE FROM access_log WHERE id = ?", id);
            } finally {
                jdbc.update("SET @access_log_purge_before = NULL");
            }
        })).hasMessageContaining("append-only");
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM access_log WHERE id = ?", Integer.class, id))
                .isEqualTo(1);
    }

    @Test
    void the_purge_removes_only_rows_older_than_the_retention() {
        Instant start = clock.instant();
        clock.moveTo(start.minus(Duration.ofDays(1)));
        SignIn.run(users, HR, () -> accessLog.record(AccessLogAction.EXPORTED, null, "x", "old"));
        long old = rows.mark();
        clock.moveTo(start.plus(Duration.ofDays(1)));
        SignIn.run(users, HR, () -> accessLog.record(AccessLogAction.EXPORTED, null, "x", "young"));
        long young = rows.mark();

        // the default retention is two years: two years after the start, only the row from the day before goes
        clock.moveTo(start.atZone(java.time.ZoneOffset.UTC).plusYears(2).toInstant());
        int purged = retention.purgeExpired();

        assertThat(purged).isGreaterThanOrEqualTo(1);
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM access_log WHERE id = ?", Integer.class, old))
                .isZero();
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM access_log WHERE id = ?", Integer.class, young))
                .isEqualTo(1);
        assertThat(jdbc.queryForObject("SELECT @access_log_purge_before IS NULL", Boolean.class))
                .as("no connection is left able to delete").isTrue();
    }

    @Test
    void hr_filters_the_log_and_the_export_is_logged_too() throws Exception {
        EmployeeId person = EmployeeId.of(4242);
        long mark = rows.mark();
        SignIn.run(users, HR, () -> {
            accessLog.record(AccessLogAction.CERTIFICATE_REVOKED, person, null, "=cmd|' /C calc'!A0");
            accessLog.record(AccessLogAction.PERSON_OPENED, person, null, "Employee details");
        });
        SignIn.as(users, HR);
        AccessLogFilter filter = new AccessLogFilter("HR@", AccessLogAction.CERTIFICATE_REVOKED, person,
                clock.instant().minusSeconds(60), clock.instant().plusSeconds(60));

        List<AccessLogEntry> page = service.page(filter, 0, 50);
        assertThat(page).singleElement().satisfies(entry -> {
            assertThat(entry.action()).isEqualTo(AccessLogAction.CERTIFICATE_REVOKED);
            assertThat(entry.person()).isEqualTo(person);
        });
        assertThat(service.count(filter)).isEqualTo(1);
        assertThat(service.count(new AccessLogFilter(null, null, person, null, null))).isEqualTo(2);
        assertThat(service.count(new AccessLogFilter("nobody@", null, person, null, null))).isZero();

        ByteArrayOutputStream out = new ByteArrayOutputStream();
        service.exportCsv(filter, List.of("When", "Actor", "Action", "Person", "Group", "Detail", "Node"),
                AccessLogAction::name, out);
        String csv = out.toString(StandardCharsets.UTF_8);
        assertThat(csv).contains("\"CERTIFICATE_REVOKED\"", "\"4242\"", "\"'=cmd|' /C calc'!A0\"")
                .doesNotContain("PERSON_OPENED");
        List<AccessLogRows.Row> recorded = rows.since(mark);
        assertThat(recorded).hasSize(3);
        assertThat(recorded.get(2).action()).isEqualTo(AccessLogAction.EXPORTED);
        assertThat(recorded.get(2).actorName()).isEqualTo(HR);
        assertThat(recorded.get(2).detail()).contains("person=4242");
    }

    private AccessLogRows.Row assertSingle(long mark) {
        List<AccessLogRows.Row> recorded = rows.since(mark);
        assertThat(recorded).hasSize(1);
        return recorded.getFirst();
    }

    private EmployeeId hrId() {
        return EmployeeId.of(jdbc.queryForObject("SELECT id FROM employee WHERE email = ?", Long.class, HR));
    }
}
