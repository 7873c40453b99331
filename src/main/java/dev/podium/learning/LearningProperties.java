package dev.podium.learning;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * {@code podium.learning.*}.
 *
 * @param stalledAfter an open enrolment without any activity for this long gets a nudge
 * @param dueSoonDays how many days before the due date the "due soon" reminder comes
 * @param reminderCron when the daily reminder job runs ({@code -} switches it off)
 */
@ConfigurationProperties("podium.learning")
public record LearningProperties(@DefaultValue("P14D") Duration stalledAfter, @DefaultValue("7") int dueSoonDays,
        @DefaultValue("0 30 6 * * *") String reminderCron) {
}
