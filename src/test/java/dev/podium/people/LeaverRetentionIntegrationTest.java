package dev.podium.people;

import static org.assertj.core.api.Assertions.assertThat;

import dev.podium.AsHr;
import dev.podium.MutableClock;
import dev.podium.PodiumSpringTest;
import dev.podium.accesslog.AccessLogRows;
import dev.podium.activity.ActivityImportService;
import dev.podium.activity.LinkedInArchives;
import dev.podium.activity.UploadedArchive;
import dev.podium.activity.VoiceTopicService;
import dev.podium.audit.AuditFixtures;
import dev.podium.audit.AuditService;
import dev.podium.learning.LearningService;
import dev.podium.notification.NotificationService;
import dev.podium.shared.AccessLogAction;
import dev.podium.shared.SystemUser;
import dev.podium.shared.CourseId;
import dev.podium.shared.EmployeeId;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;

/** A leaver's personal data is erased everywhere once the retention period is over, and not a day before. */
@PodiumSpringTest
class LeaverRetentionIntegrationTest {

    private static final CourseId BASICS = CourseId.of("journey-basics");

    @Autowired
    LeaverRetention retention;
    @Autowired
    EmployeeService employees;
    @Autowired
    ActivityImportService activity;
    @Autowired
    VoiceTopicService voiceTopics;
    @Autowired
    AuditService audits;
    @Autowired
    LearningService learning;
    @Autowired
    NotificationService notifications;
    @Autowired
    UserDetailsService users;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    MutableClock clock;

    @TempDir
    Path folder;

    @AfterEach
    void reset() {
        clock.reset();
        AuditFixtures.signOut();
    }

    @Test
    void two_years_after_leaving_posts_audits_submissions_notifications_name_and_address_are_gone() throws Exception {
        AuditFixtures fixtures = new AuditFixtures(employees, users, voiceTopics, audits, jdbc);
        AuditFixtures.Person leaver = fixtures.person("Leonora", Locale.ENGLISH);
        EmployeeId id = leaver.id();
        // what a person leaves behind: imported posts, voice topics and an audit, a written practice task, a notice
        fixtures.submitComplete(leaver);
        LinkedInArchives archive = new LinkedInArchives();
        archive.post(clock.instant().minus(Duration.ofDays(2)), LinkedInArchives.POST);
        Path zip = archive.writeZip(folder, "Basic_LinkedInDataExport.zip");
        try (InputStream in = Files.newInputStream(zip)) {
            UploadedArchive upload = activity.receiveUpload(zip.getFileName().toString(), in);
            activity.preview(upload, read -> { }).join();
            activity.confirm(upload, written -> { }).join();
        }
        learning.enrol(BASICS, Locale.ENGLISH);
        learning.submitPractice(BASICS, "write-your-why", "Why I, Leonora, share what I know.", Locale.ENGLISH);
        SystemUser.run(() -> notifications.notify(id, "audit.notification.approved", List.of("80"), "audit", null));
        AuditFixtures.signOut();
        assertThat(rows("activity_item", "employee_id", id)).isPositive();

        AsHr.run(() -> employees.deactivate(id));
        // the leaving date is moved back rather than the clock forward, so that other tests' leavers in the shared
        // database stay within their retention period
        leftDaysAgo(id, 365);
        SystemUser.call(retention::eraseExpired);
        assertThat(rows("activity_item", "employee_id", id)).as("within the retention period").isPositive();
        assertThat(AsHr.call(() -> employees.get(id)).fullName()).isEqualTo("Leonora Audit");

        leftDaysAgo(id, 731);
        long mark = new AccessLogRows(jdbc).mark();
        assertThat(SystemUser.call(retention::eraseExpired)).isPositive();
        assertThat(new AccessLogRows(jdbc).since(mark)).as("the erasure is in the HR audit log, by the system")
                .filteredOn(row -> id.equals(row.person())).singleElement().satisfies(row -> {
                    assertThat(row.action()).isEqualTo(AccessLogAction.PERSONAL_DATA_ERASED);
                    assertThat(row.actorName()).isEqualTo("system");
                });

        assertThat(rows("activity_item", "employee_id", id)).isZero();
        assertThat(rows("activity_import", "employee_id", id)).isZero();
        assertThat(rows("voice_topic", "employee_id", id)).isZero();
        assertThat(rows("profile_audit", "employee_id", id)).isZero();
        assertThat(rows("notification", "recipient_id", id)).isZero();
        assertThat(jdbc.queryForObject("""
                SELECT COUNT(*) FROM practice_completion p JOIN enrolment e ON e.id = p.enrolment_id
                WHERE e.employee_id = ? AND p.submission IS NOT NULL""", Long.class, id.value())).isZero();
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM practice_completion p JOIN enrolment e"
                + " ON e.id = p.enrolment_id WHERE e.employee_id = ?", Long.class, id.value()))
                .as("that the tasks were done stays: the written one, and the first post her earlier import evidenced")
                .isEqualTo(2);
        EmployeeDetails erased = AsHr.call(() -> employees.get(id));
        assertThat(erased.fullName()).isEqualTo("Former employee");
        assertThat(erased.draft().email()).doesNotContain("leonora");
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM user_account WHERE username LIKE 'leonora%'",
                Long.class)).isZero();
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> users.loadUserByUsername(leaver.email()))
                .isInstanceOf(UsernameNotFoundException.class);
        assertThat(jdbc.queryForObject("SELECT personal_data_erased_at FROM employee WHERE id = ?",
                java.sql.Timestamp.class, id.value())).isNotNull();
    }

    private void leftDaysAgo(EmployeeId id, int days) {
        jdbc.update("UPDATE employee SET deactivated_at = ? WHERE id = ?",
                java.sql.Timestamp.from(clock.instant().minus(Duration.ofDays(days))), id.value());
    }

    private long rows(String table, String column, EmployeeId id) {
        return jdbc.queryForObject("SELECT COUNT(*) FROM " + table + " WHERE " + column + " = ?", Long.class,
                id.value());
    }
}
