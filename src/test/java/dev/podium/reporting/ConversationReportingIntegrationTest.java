package dev.podium.reporting;

import static org.assertj.core.api.Assertions.assertThat;

import dev.podium.AsHr;
import dev.podium.PodiumSpringTest;
import dev.podium.SignIn;
import dev.podium.activity.ConversationsCounted;
import dev.podium.people.DepartmentSummary;
import dev.podium.people.EmployeeDraft;
import dev.podium.people.EmployeeService;
import dev.podium.rollout.WavePlan;
import dev.podium.rollout.WaveService;
import dev.podium.shared.Role;
import dev.podium.shared.CourseId;
import dev.podium.shared.EmployeeId;
import java.time.Clock;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.ThreadLocalRandom;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.core.userdetails.UserDetailsService;

/** HR's view of conversations started, per group with the minimum group size, and a wave's curve over the weeks. */
@PodiumSpringTest
class ConversationReportingIntegrationTest {

    @Autowired
    ReportingService reporting;
    @Autowired
    EmployeeService employees;
    @Autowired
    WaveService waves;
    @Autowired
    ReadModel model;
    @Autowired
    ApplicationEventPublisher events;
    @Autowired
    UserDetailsService users;
    @Autowired
    Clock clock;

    DepartmentSummary department;

    @BeforeEach
    void aDepartmentOfOurOwn() {
        department = AsHr.call(() -> employees.ensureDepartment(
                "Conversations " + ThreadLocalRandom.current().nextInt(1_000_000_000), "DK"));
        SignIn.as(users, "hr@podium.local");
    }

    @AfterEach
    void signOut() {
        SignIn.out();
    }

    @Test
    void hr_sees_per_group_the_people_whose_posts_started_conversations_and_small_groups_stay_hidden() {
        List<EmployeeId> six = people(6);
        LocalDate today = today();
        for (int i = 0; i < 6; i++) {
            events.publishEvent(new ConversationsCounted(six.get(i), true, 3, i < 5 ? 1 : 0, today));
        }
        // delivered twice: one row per person, set, so nothing is counted twice
        events.publishEvent(new ConversationsCounted(six.getFirst(), true, 3, 1, today));

        ConversationShares shares = reporting.conversationShares(
                new DashboardFilter(department.id(), null, null), Dimension.DEPARTMENT);

        assertThat(shares.groups()).singleElement().satisfies(group -> {
            assertThat(group.population()).isEqualTo(6);
            assertThat(group.withExport()).isEqualTo(6);
            assertThat(group.started()).isEqualTo(5);
        });

        events.publishEvent(new ConversationsCounted(six.get(1), true, 3, 0, today));
        ConversationShares fewer = reporting.conversationShares(new DashboardFilter(department.id(), null, null),
                Dimension.DEPARTMENT);
        assertThat(fewer.groups().getFirst().started()).as("4 people: a small group").isNull();

        DepartmentSummary small = AsHr.call(() -> employees.ensureDepartment(
                "Conversations small " + ThreadLocalRandom.current().nextInt(1_000_000_000), "DK"));
        ConversationShares none = reporting.conversationShares(new DashboardFilter(small.id(), null, null),
                Dimension.DEPARTMENT);
        assertThat(none.groups()).isEmpty();
    }

    @Test
    void a_wave_s_curve_counts_the_people_still_active_each_week_after_its_launch() {
        List<EmployeeId> six = people(6);
        long wave = waves.create("Conversations wave " + department.id(), "Find a voice and keep it");
        waves.plan(wave, new WavePlan(Set.of(department.id()), Set.of(), Set.of(),
                Set.of(CourseId.of("social-leadership")), false, today().plusWeeks(6)));
        waves.launch(wave).finished().join();
        LocalDate launchWeek = today().with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
        // everyone active in the launch week (the week the curve starts), as the activity import would report
        for (EmployeeId person : six) {
            AsHr.run(() -> model.activeWeeks(person, launchWeek, List.of(launchWeek)));
        }

        CohortCurve curve = reporting.cohortCurve(wave);

        assertThat(curve.launchedOn()).isEqualTo(launchWeek);
        assertThat(curve.population()).isEqualTo(6);
        assertThat(curve.points()).first().satisfies(point -> {
            assertThat(point.weeksAfterLaunch()).isZero();
            assertThat(point.activePeople()).isEqualTo(6);
        });
    }

    private List<EmployeeId> people(int count) {
        List<EmployeeId> ids = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            String email = "talk." + ThreadLocalRandom.current().nextInt(1_000_000_000) + "@reporting.podium.test";
            ids.add(AsHr.call(() -> employees.register(new EmployeeDraft("Tia", "Talk", email, null,
                    department.id(), "DK", null, EnumSet.of(Role.EMPLOYEE), Locale.ENGLISH))));
        }
        return ids;
    }

    private LocalDate today() {
        return LocalDate.ofInstant(clock.instant(), ZoneOffset.UTC);
    }
}
