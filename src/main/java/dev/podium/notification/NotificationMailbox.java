package dev.podium.notification;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** A person's e-mail digest: whether they want it, and when the last one went out. */
@Entity
@Table(name = "notification_mailbox")
class NotificationMailbox {

    @Id
    @Column(name = "recipient_id")
    private Long recipientId;

    @Column(name = "email_digest", nullable = false)
    private boolean emailDigest = true;

    @Column(name = "last_digest_at")
    private Instant lastDigestAt;

    protected NotificationMailbox() {
    }

    NotificationMailbox(long recipientId) {
        this.recipientId = recipientId;
    }

    boolean emailDigest() {
        return emailDigest;
    }

    void chooseEmailDigest(boolean wanted) {
        this.emailDigest = wanted;
    }
}
