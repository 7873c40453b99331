package dev.podium.notification;

import static org.assertj.core.api.Assertions.assertThat;

import dev.podium.AsHr;
import dev.podium.PodiumSpringTest;
import dev.podium.SignIn;
import dev.podium.people.EmployeeDraft;
import dev.podium.people.EmployeeService;
import dev.podium.shared.Role;
import dev.podium.shared.SystemUser;
import dev.podium.shared.EmployeeId;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.ThreadLocalRandom;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.userdetails.UserDetailsService;

@PodiumSpringTest
class NotificationServiceIntegrationTest {

    @Autowired
    NotificationService notifications;
    @Autowired
    EmployeeService employees;
    @Autowired
    UserDetailsService users;

    @AfterEach
    void signOut() {
        SignIn.out();
    }

    @Test
    void a_reminder_with_a_dedup_key_reaches_its_recipient_once_and_only_them() {
        EmployeeId coach = person("coach");
        EmployeeId other = person("other");
        assertThat(SystemUser.call(() -> notifications.notify(coach, "notification.bell-unread", List.of("3"),
                "courses", "audit-1-reminder"))).isTrue();
        assertThat(SystemUser.call(() -> notifications.notify(coach, "notification.bell-unread", List.of("3"),
                "courses", "audit-1-reminder"))).as("the timer fired again").isFalse();
        SystemUser.run(() -> notifications.notify(coach, "notification.none", List.of(), null, null));

        SignIn.as(users, emailOf(coach));
        assertThat(notifications.myUnreadCount()).isEqualTo(2);
        assertThat(notifications.myNotifications()).extracting(NotificationItem::messageKey)
                .containsExactly("notification.none", "notification.bell-unread");
        assertThat(notifications.myNotifications().get(1).arguments()).containsExactly("3");
        assertThat(notifications.markAllRead()).isEqualTo(2);
        assertThat(notifications.myUnreadCount()).isZero();

        SignIn.as(users, emailOf(other));
        assertThat(notifications.myNotifications()).isEmpty();
    }

    private EmployeeId person(String name) {
        String email = name + "." + ThreadLocalRandom.current().nextInt(1_000_000_000) + "@notify.podium.test";
        return AsHr.call(() -> employees.register(new EmployeeDraft("Nina", "Notify", email, null, null, "DK",
                null, EnumSet.of(Role.EMPLOYEE), Locale.ENGLISH)));
    }

    private String emailOf(EmployeeId id) {
        return AsHr.call(() -> employees.get(id)).draft().email();
    }
}
