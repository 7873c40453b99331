package dev.podium.learning;

import dev.podium.notification.NotificationService;
import dev.podium.people.WaveLaunched;
import dev.podium.people.WaveProgress;
import dev.podium.people.WaveProgressSource;
import dev.podium.people.WaveReminderRequested;
import dev.podium.people.WaveService;
import dev.podium.security.SystemUser;
import dev.podium.shared.CourseId;
import dev.podium.shared.EmployeeId;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.event.TransactionalEventListener;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Learning's part of the rollout: enrols a launched wave's members in its courses, a page of members per
 * transaction (an interrupted launch is simply launched again by the same event being handled again: assigning is
 * idempotent), reminds those not started when HR asks, and tells the wave's page how members are getting on.
 */
@Component
class WaveAssignments implements WaveProgressSource {

    static final int PAGE = 1_000;
    private static final Logger log = LoggerFactory.getLogger(WaveAssignments.class);

    private final WaveService waves;
    private final LearningService learning;
    private final EnrolmentRepository enrolments;
    private final NotificationService notifications;
    private final TransactionTemplate separately;

    WaveAssignments(WaveService waves, LearningService learning, EnrolmentRepository enrolments,
            NotificationService notifications, PlatformTransactionManager transactions) {
        this.waves = waves;
        this.learning = learning;
        this.enrolments = enrolments;
        this.notifications = notifications;
        this.separately = new TransactionTemplate(transactions);
        this.separately.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
    }

    @TransactionalEventListener(fallbackExecution = true)
    public void on(WaveLaunched launched) {
        if (launched.courses().isEmpty()) {
            return;
        }
        SystemUser.run(() -> {
            long after = 0;
            int enrolled = 0;
            List<EmployeeId> page;
            do {
                page = waves.members(launched.waveId(), after, PAGE);
                List<EmployeeId> members = page;
                enrolled += separately.execute(status -> {
                    int created = 0;
                    for (CourseId course : launched.courses()) {
                        created += learning.assign(members, course, launched.dueDate(), launched.launchedBy());
                    }
                    return created;
                });
                if (!page.isEmpty()) {
                    after = page.getLast().value();
                }
            } while (page.size() == PAGE);
            log.info("Wave {} launched: {} enrolment(s) created", launched.waveId(), enrolled);
        });
    }

    @TransactionalEventListener(fallbackExecution = true)
    public void on(WaveReminderRequested requested) {
        Set<String> courseIds = requested.courses().stream().map(CourseId::value).collect(Collectors.toSet());
        if (courseIds.isEmpty()) {
            return;
        }
        LocalDate today = LocalDate.ofInstant(requested.requestedAt(), ZoneOffset.UTC);
        String due = requested.dueDate() == null ? "" : requested.dueDate().toString();
        SystemUser.run(() -> {
            long after = 0;
            int reminded = 0;
            List<EmployeeId> page;
            do {
                page = waves.members(requested.waveId(), after, PAGE);
                for (EmployeeId member : notStarted(page, courseIds)) {
                    // once a day per wave and person, however often HR presses the button
                    if (notifications.notify(member, "learning.notification.wave-reminder",
                            List.of(requested.waveName(), due), "learning",
                            "wave-" + requested.waveId() + "-reminder-" + today)) {
                        reminded++;
                    }
                }
                if (!page.isEmpty()) {
                    after = page.getLast().value();
                }
            } while (page.size() == PAGE);
            log.info("Wave {}: {} member(s) reminded", requested.waveId(), reminded);
        });
    }

    @Override
    @Transactional(readOnly = true)
    public WaveProgress progressOf(Collection<EmployeeId> members, Set<CourseId> courseIds) {
        Map<Long, int[]> states = states(members, courseIds.stream().map(CourseId::value).toList());
        long completed = 0;
        long inProgress = 0;
        for (EmployeeId member : members) {
            int[] state = states.get(member.value());
            if (state == null || state[1] == 0 && state[0] == 0) {
                continue;
            }
            if (state[0] == courseIds.size()) {
                completed++;
            } else {
                inProgress++;
            }
        }
        return new WaveProgress(members.size() - completed - inProgress, inProgress, completed);
    }

    private List<EmployeeId> notStarted(List<EmployeeId> members, Collection<String> courseIds) {
        if (members.isEmpty()) {
            return List.of();
        }
        Map<Long, int[]> states = states(members, courseIds);
        return members.stream().filter(m -> {
            int[] state = states.get(m.value());
            return state == null || state[0] == 0 && state[1] == 0;
        }).toList();
    }

    /** Per person: how many of the courses they completed [0] and how many they started [1]. */
    private Map<Long, int[]> states(Collection<EmployeeId> members, Collection<String> courseIds) {
        Map<Long, int[]> states = new HashMap<>();
        if (members.isEmpty()) {
            return states;
        }
        for (Object[] row : enrolments.findStates(courseIds, members.stream().map(EmployeeId::value).toList())) {
            int[] state = states.computeIfAbsent((Long) row[0], k -> new int[2]);
            if (Boolean.TRUE.equals(row[1])) {
                state[0]++;
            } else if (Boolean.TRUE.equals(row[2])) {
                state[1]++;
            }
        }
        return states;
    }
}
