package dev.podium.notification;

import java.time.Instant;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

interface MailboxRepository extends JpaRepository<NotificationMailbox, Long> {

    /** Everyone has a mailbox row before the digest claims it; people who never chose get the default (digest on). */
    @Modifying
    @Query(value = "INSERT IGNORE INTO notification_mailbox (recipient_id, email_digest) VALUES (:recipient, TRUE)",
            nativeQuery = true)
    int ensure(@Param("recipient") long recipient);

    /**
     * Claims this period's digest for a person: succeeds (1) only when none went out since {@code dueBefore}. One
     * statement, so a second run of the job, or another node, finds it claimed and sends nothing.
     */
    @Modifying
    @Query(value = """
            UPDATE notification_mailbox SET last_digest_at = :now
             WHERE recipient_id = :recipient AND (last_digest_at IS NULL OR last_digest_at <= :dueBefore)
            """, nativeQuery = true)
    int claim(@Param("recipient") long recipient, @Param("now") Instant now, @Param("dueBefore") Instant dueBefore);
}
