/**
 * Notifications: reminders and nudges other modules send to a person (SLA reminders, stalled programmes, courses due),
 * shown behind the bell in the top bar and e-mailed as a digest at most once per period to people who have not opted
 * out. A reminder carries a de-duplication key so retries and several nodes never send it twice.
 */
@ApplicationModule(allowedDependencies = {"security", "shared"})
@NullMarked
package dev.podium.notification;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
