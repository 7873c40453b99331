/**
 * In-app notifications: reminders and nudges other modules send to a person (SLA reminders, stalled programmes),
 * shown behind the bell in the top bar. A reminder carries a de-duplication key so retries and several nodes never
 * send it twice. E-mail delivery may join later behind the same service.
 */
package dev.podium.notification;
