package dev.podium.notification;

import com.vaadin.flow.i18n.I18NProvider;
import dev.podium.security.AccountService;
import dev.podium.security.MailContact;
import dev.podium.shared.SystemUser;
import dev.podium.shared.EmployeeId;
import java.time.Clock;
import java.time.Instant;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.atomic.AtomicBoolean;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.data.domain.PageRequest;
import org.springframework.mail.SimpleMailMessage;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The e-mail channel: one digest per person per period with the notifications not yet e-mailed.
 *
 * <p>Each person's digest is one transaction: claim the period (a conditional update of their mailbox row, so a
 * second run or another node sends nothing), read their pending notifications, send the mail, mark them e-mailed,
 * commit. Should sending fail, everything rolls back and the next run tries again: nothing is lost. Should the node
 * die after the SMTP server took the mail but before the commit, the next run sends that one digest again: at most
 * one duplicate per person, never a lost notice (the in-app notification is there either way).
 */
@Component
class DigestMailer {

    private static final Logger log = LoggerFactory.getLogger(DigestMailer.class);
    private static final int PAGE = 500;

    private final ObjectProvider<JavaMailSender> mailSender;
    private final NotificationRepository notifications;
    private final MailboxRepository mailboxes;
    private final AccountService accounts;
    private final I18NProvider texts;
    private final NotificationProperties properties;
    private final TransactionTemplate separately;
    private final Clock clock;
    private final AtomicBoolean offLogged = new AtomicBoolean();

    DigestMailer(ObjectProvider<JavaMailSender> mailSender, NotificationRepository notifications,
            MailboxRepository mailboxes, AccountService accounts, I18NProvider texts,
            NotificationProperties properties, PlatformTransactionManager transactions, Clock clock) {
        this.mailSender = mailSender;
        this.notifications = notifications;
        this.mailboxes = mailboxes;
        this.accounts = accounts;
        this.texts = texts;
        this.properties = properties;
        this.separately = new TransactionTemplate(transactions);
        this.separately.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
        this.clock = clock;
    }

    int sendDue() {
        JavaMailSender sender = mailSender.getIfAvailable();
        if (sender == null) {
            if (offLogged.compareAndSet(false, true)) {
                log.info("E-mail channel off: no spring.mail.host configured; notifications stay in the app only");
            }
            return 0;
        }
        Instant now = clock.instant();
        int sent = 0;
        long after = 0;
        List<Long> page;
        do {
            page = notifications.findRecipientsWithUnmailed(after, PageRequest.of(0, PAGE));
            List<EmployeeId> recipients = page.stream().map(EmployeeId::of).toList();
            Map<EmployeeId, MailContact> contacts = SystemUser.call(() -> accounts.mailContacts(recipients));
            for (Long recipient : page) {
                MailContact contact = contacts.get(EmployeeId.of(recipient));
                try {
                    if (Boolean.TRUE.equals(separately.execute(status -> digest(recipient, contact, now, sender)))) {
                        sent++;
                    }
                } catch (RuntimeException e) {
                    // rolled back: this person's notifications stay pending for the next run
                    log.warn("Digest for employee {} not sent: {}", recipient, e.getMessage());
                }
            }
            if (!page.isEmpty()) {
                after = page.getLast();
            }
        } while (page.size() == PAGE);
        if (sent > 0) {
            log.info("E-mail digests sent: {}", sent);
        }
        return sent;
    }

    private boolean digest(long recipient, MailContact contact, Instant now, JavaMailSender sender) {
        List<Notification> pending = notifications
                .findByRecipientIdAndEmailedAtIsNullAndCreatedAtLessThanEqualOrderByCreatedAtAscIdAsc(recipient, now);
        if (pending.isEmpty()) {
            return false;
        }
        boolean wanted = mailboxes.findById(recipient).map(NotificationMailbox::emailDigest).orElse(true);
        Set<String> mandatory = new HashSet<>(properties.mandatoryKeys());
        // what the person already read in the app needs no e-mail; opted out, only mandatory notices go
        List<Notification> toSend = contact == null || !contact.enabled() ? List.of()
                : pending.stream().filter(n -> n.readAt() == null)
                        .filter(n -> wanted || mandatory.contains(n.messageKey())).toList();
        if (toSend.isEmpty()) {
            // read already, opted out (and nothing mandatory) or no address: passed over for good, never mailed
            // later in a heap
            notifications.markEmailed(pending.stream().map(Notification::id).toList(), now);
            return false;
        }
        mailboxes.ensure(recipient);
        if (mailboxes.claim(recipient, now, now.minus(properties.digestPeriod())) == 0) {
            return false;
        }
        sender.send(message(contact, toSend));
        notifications.markEmailed(pending.stream().map(Notification::id).toList(), now);
        return true;
    }

    private SimpleMailMessage message(MailContact contact, List<Notification> items) {
        Locale language = contact.locale();
        StringBuilder body = new StringBuilder();
        body.append(texts.getTranslation("notification.mail.greeting", language, contact.displayName()))
                .append("\n\n");
        String base = properties.baseUrl().endsWith("/") ? properties.baseUrl() : properties.baseUrl() + "/";
        for (Notification item : items) {
            body.append("• ")
                    .append(texts.getTranslation(item.messageKey(), language, item.argumentList().toArray()));
            if (item.link() != null) {
                body.append("\n  ").append(item.link().startsWith("http") ? item.link()
                        : base + (item.link().startsWith("/") ? item.link().substring(1) : item.link()));
            }
            body.append("\n");
        }
        body.append("\n").append(texts.getTranslation("notification.mail.footer", language, base + "account"));
        SimpleMailMessage message = new SimpleMailMessage();
        message.setFrom(properties.mailFrom());
        message.setTo(contact.email());
        message.setSubject(texts.getTranslation("notification.mail.subject", language, items.size()));
        message.setText(body.toString());
        return message;
    }
}
