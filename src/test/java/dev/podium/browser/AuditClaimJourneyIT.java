package dev.podium.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import dev.podium.AsHr;
import dev.podium.MutableClock;
import dev.podium.activity.VoiceTopicService;
import dev.podium.PodiumSpringTest;
import dev.podium.audit.AuditFixtures;
import dev.podium.audit.AuditService;
import dev.podium.browser.TestPeople.Person;
import dev.podium.people.EmployeeService;
import dev.podium.shared.Role;
import dev.podium.shared.Languages;
import java.time.Duration;
import java.util.Locale;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.userdetails.UserDetailsService;

/** A coach with time takes over a review that is overdue with a colleague, from the inbox. */
@PodiumSpringTest
class AuditClaimJourneyIT {

    @RegisterExtension
    static final Browsers browsers = new Browsers();

    @Autowired
    ApplicationContext context;
    @Autowired
    AuditService audits;
    @Autowired
    EmployeeService employees;
    @Autowired
    VoiceTopicService activity;
    @Autowired
    UserDetailsService users;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    MutableClock clock;

    @Test
    void a_coach_takes_over_a_colleagues_overdue_review_and_can_review_it_at_once() {
        TestPeople people = new TestPeople(context);
        Person busy = people.create("Bodil", Set.of(Role.EMPLOYEE, Role.COACH), Languages.ENGLISH);
        Person helper = people.create("Henrik", Set.of(Role.EMPLOYEE, Role.COACH), Languages.ENGLISH);
        AuditFixtures fixtures = new AuditFixtures(employees, users, activity, audits, jdbc);
        AuditFixtures.Person employee = fixtures.person("Ingeborg", Locale.ENGLISH);
        try {
            long auditId = fixtures.submitComplete(employee);
            AuditFixtures.signOut();
            AsHr.run(() -> audits.reassign(auditId, busy.id()));
            clock.advance(Duration.ofDays(8));

            BrowserSession henrik = browsers.open().login(helper.email(), helper.password());
            henrik.open("coach/audits");
            assertThat(henrik.visibleCells("#audit-colleagues-overdue", "Ingeborg").first()).isVisible();
            henrik.page().locator("#audit-claim-" + auditId).click();

            assertThat(henrik.notification("is yours now")).isVisible();
            assertThat(henrik.page().locator("#audit-review-status")).containsText("Ingeborg");
            henrik.open("coach/audits");
            assertThat(henrik.visibleCells("#audit-inbox", "Ingeborg").first()).isVisible();
        } finally {
            clock.reset();
            AuditFixtures.signOut();
            // coaches made for this journey leave again, so later tests choose among the usual coaches
            AsHr.run(() -> {
                employees.deactivate(busy.id());
                employees.deactivate(helper.id());
            });
        }
    }
}
