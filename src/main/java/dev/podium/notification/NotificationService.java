package dev.podium.notification;

import dev.podium.shared.CurrentUser;
import dev.podium.shared.Roles;
import dev.podium.shared.EmployeeId;
import jakarta.annotation.security.RolesAllowed;
import java.time.Clock;
import java.util.List;
import org.springframework.data.domain.PageRequest;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/** Sends in-app notifications and shows each person their own. */
@Service
public class NotificationService {

    static final String SEPARATOR = "\u001F";
    private static final int MAX_SHOWN = 50;

    private final NotificationRepository notifications;
    private final MailboxRepository mailboxes;
    private final DigestMailer digests;
    private final CurrentUser currentUser;
    private final Clock clock;

    NotificationService(NotificationRepository notifications, MailboxRepository mailboxes, DigestMailer digests,
            CurrentUser currentUser, Clock clock) {
        this.notifications = notifications;
        this.mailboxes = mailboxes;
        this.digests = digests;
        this.currentUser = currentUser;
        this.clock = clock;
    }

    /**
     * E-mails everyone due a digest their notifications not yet e-mailed: at most one e-mail per person per digest
     * period, in their language; people who opted out get only mandatory notices. Does nothing (and says so once in
     * the log) when no SMTP server is configured. Called by the schedule under the cluster lock, as the system.
     *
     * @return how many e-mails went out
     */
    @RolesAllowed(Roles.SYSTEM)
    public int sendDigests() {
        return digests.sendDue();
    }

    /** Whether the signed-in person wants their notifications e-mailed as a digest (the default). */
    @RolesAllowed({Roles.EMPLOYEE, Roles.COACH, Roles.LINE_MANAGER, Roles.HR_ADMIN})
    @Transactional(readOnly = true)
    public boolean myEmailDigest() {
        return mailboxes.findById(currentUser.employeeId().value()).map(NotificationMailbox::emailDigest)
                .orElse(true);
    }

    @RolesAllowed({Roles.EMPLOYEE, Roles.COACH, Roles.LINE_MANAGER, Roles.HR_ADMIN})
    @Transactional
    public void chooseEmailDigest(boolean wanted) {
        long me = currentUser.employeeId().value();
        mailboxes.ensure(me);
        mailboxes.findById(me).orElseThrow().chooseEmailDigest(wanted);
    }

    /**
     * Sends a notification. With a {@code dedupKey} (for example {@code "audit-42-coach-reminder"}) it is sent at most
     * once per recipient, however often a timer fires or a node retries; returns whether it was sent now. Called by
     * the system (process steps, listeners) under {@code SystemUser}. It commits on its own: callers include
     * listeners that run after their transaction committed, where joining would find no transaction to write in.
     */
    @RolesAllowed(Roles.SYSTEM)
    @Transactional(propagation = Propagation.REQUIRES_NEW)
    public boolean notify(EmployeeId recipient, String messageKey, List<String> arguments, String link,
            String dedupKey) {
        String joined = String.join(SEPARATOR, arguments);
        if (dedupKey == null) {
            notifications.save(new Notification(recipient.value(), messageKey, joined, link, null, clock.instant()));
            return true;
        }
        // INSERT IGNORE on the unique (recipient, dedup key): a race with another node or a retried timer is no error
        return notifications.insertOnce(recipient.value(), messageKey, joined, link, dedupKey, clock.instant()) == 1;
    }

    /**
     * Marks as read the recipient's unread notifications whose dedup key starts with {@code dedupKeyPrefix} (for
     * example {@code "audit-42-"}): the thing they asked the person to do is done, so the bell stops counting them.
     * Called by the system when a task is completed; returns how many were marked. It commits on its own, like
     * {@link #notify}: holding these rows' locks in the caller's transaction would block a notification the same
     * request sends afterwards in its own transaction (InnoDB cannot see that wait as a deadlock).
     */
    @RolesAllowed(Roles.SYSTEM)
    @Transactional(propagation = Propagation.REQUIRES_NEW)
    public int settle(EmployeeId recipient, String dedupKeyPrefix) {
        if (dedupKeyPrefix.isBlank()) {
            throw new IllegalArgumentException("a prefix is needed: settling everything would hide unrelated news");
        }
        String pattern = dedupKeyPrefix.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%";
        return notifications.markReadByDedupPattern(recipient.value(), pattern, clock.instant());
    }

    /** The signed-in person's latest notifications, newest first. */
    @RolesAllowed({Roles.EMPLOYEE, Roles.COACH, Roles.LINE_MANAGER, Roles.HR_ADMIN})
    @Transactional(readOnly = true)
    public List<NotificationItem> myNotifications() {
        return notifications.findByRecipientIdOrderByCreatedAtDescIdDesc(currentUser.employeeId().value(),
                PageRequest.of(0, MAX_SHOWN)).stream()
                .map(n -> new NotificationItem(n.id(), n.messageKey(), n.argumentList(), n.link(), n.createdAt(),
                        n.readAt() != null))
                .toList();
    }

    @RolesAllowed({Roles.EMPLOYEE, Roles.COACH, Roles.LINE_MANAGER, Roles.HR_ADMIN})
    @Transactional(readOnly = true)
    public long myUnreadCount() {
        return notifications.countByRecipientIdAndReadAtIsNull(currentUser.employeeId().value());
    }

    @RolesAllowed({Roles.EMPLOYEE, Roles.COACH, Roles.LINE_MANAGER, Roles.HR_ADMIN})
    @Transactional
    public int markAllRead() {
        return notifications.markAllRead(currentUser.employeeId().value(), clock.instant());
    }
}
