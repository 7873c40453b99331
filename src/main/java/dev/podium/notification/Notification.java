package dev.podium.notification;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.time.Instant;

/** One message to one person; read once they open the bell. */
@Entity
@Table(name = "notification")
class Notification {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "notification_seq")
    @SequenceGenerator(name = "notification_seq", sequenceName = "notification_seq", allocationSize = 50)
    private Long id;

    @Column(name = "recipient_id", nullable = false, updatable = false)
    private long recipientId;

    @Column(name = "message_key", nullable = false, updatable = false)
    private String messageKey;

    /** The message's arguments, joined by the unit separator (they are short texts such as names and dates). */
    @Column(nullable = false, updatable = false)
    private String arguments;

    @Column(updatable = false)
    private String link;

    @Column(name = "dedup_key", updatable = false)
    private String dedupKey;

    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt;

    @Column(name = "read_at")
    private Instant readAt;

    /** When the notification went out in an e-mail digest (or was passed over for one: opted out, no address). */
    @Column(name = "emailed_at")
    private Instant emailedAt;

    protected Notification() {
    }

    Notification(long recipientId, String messageKey, String arguments, String link, String dedupKey,
            Instant createdAt) {
        this.recipientId = recipientId;
        this.messageKey = messageKey;
        this.arguments = arguments;
        this.link = link;
        this.dedupKey = dedupKey;
        this.createdAt = createdAt;
    }

    /** The arguments as the message's translation takes them. */
    java.util.List<String> argumentList() {
        return arguments.isEmpty() ? java.util.List.of()
                : java.util.Arrays.asList(arguments.split(NotificationService.SEPARATOR, -1));
    }

    Long id() {
        return id;
    }

    String messageKey() {
        return messageKey;
    }

    String arguments() {
        return arguments;
    }

    String link() {
        return link;
    }

    Instant createdAt() {
        return createdAt;
    }

    long recipientId() {
        return recipientId;
    }

    Instant readAt() {
        return readAt;
    }
}
