package dev.podium.learning;

import dev.podium.course.CourseService;
import dev.podium.notification.NotificationService;
import dev.podium.shared.SystemUser;
import dev.podium.shared.ClusterLock;
import dev.podium.shared.CourseId;
import dev.podium.shared.EmployeeId;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.data.domain.PageRequest;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Daily nudges for learners, as notifications (the e-mail digest carries them on): stalled in an open course, a
 * course due within days, a course overdue. Each nudge has a dedup key naming the enrolment and the stall or due
 * date, so a rerun of the job, or another node, never sends it twice; a new stall or due date is a new nudge.
 */
@Component
class LearningReminders {

    private static final Logger log = LoggerFactory.getLogger(LearningReminders.class);
    private static final int PAGE = 1_000;

    private final EnrolmentRepository enrolments;
    private final NotificationService notifications;
    private final CourseService courses;
    private final LearningProperties properties;
    private final ClusterLock lock;
    private final Clock clock;

    LearningReminders(EnrolmentRepository enrolments, NotificationService notifications, CourseService courses,
            LearningProperties properties, ClusterLock lock, Clock clock) {
        this.enrolments = enrolments;
        this.notifications = notifications;
        this.courses = courses;
        this.properties = properties;
        this.lock = lock;
        this.clock = clock;
    }

    @Scheduled(cron = "${podium.learning.reminder-cron:0 30 6 * * *}")
    void scheduled() {
        try {
            lock.runExclusively("learning-reminders", Duration.ZERO, () -> SystemUser.run(this::remind));
        } catch (IllegalStateException busy) {
            log.debug("Another node sends the learning reminders this round");
        } catch (RuntimeException e) {
            log.warn("Learning reminders failed; tomorrow's run tries again", e);
        }
    }

    /** Sends the nudges due now; returns how many were new. Runs as the system. */
    int remind() {
        Instant now = clock.instant();
        LocalDate today = LocalDate.now(clock);
        Map<String, String> titles = new HashMap<>();
        int sent = 0;
        long after = 0;
        List<Object[]> page;
        do {
            page = enrolments.findStalled(now.minus(properties.stalledAfter()), after, PageRequest.of(0, PAGE));
            for (Object[] row : page) {
                long id = (Long) row[0];
                Instant lastActivity = (Instant) row[3];
                if (notifications.notify(EmployeeId.of((Long) row[1]), "learning.notification.stalled",
                        List.of(title(titles, (String) row[2])), "courses/" + row[2],
                        "learning-stalled-" + id + "-" + lastActivity.toEpochMilli())) {
                    sent++;
                }
                after = id;
            }
        } while (page.size() == PAGE);
        after = 0;
        do {
            page = enrolments.findDueBy(today.plusDays(properties.dueSoonDays()), after, PageRequest.of(0, PAGE));
            for (Object[] row : page) {
                long id = (Long) row[0];
                LocalDate due = (LocalDate) row[3];
                boolean overdue = due.isBefore(today);
                if (notifications.notify(EmployeeId.of((Long) row[1]), overdue ? "learning.notification.overdue"
                        : "learning.notification.due-soon", List.of(title(titles, (String) row[2]), due.toString()),
                        "courses/" + row[2], (overdue ? "learning-overdue-" : "learning-due-soon-") + id + "-" + due)) {
                    sent++;
                }
                after = id;
            }
        } while (page.size() == PAGE);
        if (sent > 0) {
            log.info("Learning reminders sent: {}", sent);
        }
        return sent;
    }

    private String title(Map<String, String> titles, String courseId) {
        return titles.computeIfAbsent(courseId, id -> courses.outline(CourseId.of(id), Locale.ENGLISH)
                .map(outline -> outline.summary().title()).orElse(id));
    }
}
