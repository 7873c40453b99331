package dev.podium.notification;

import org.jspecify.annotations.Nullable;
import java.time.Instant;
import java.util.List;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;

interface NotificationRepository extends JpaRepository<Notification, Long> {

    List<Notification> findByRecipientIdOrderByCreatedAtDescIdDesc(long recipientId, Pageable page);

    long countByRecipientIdAndReadAtIsNull(long recipientId);

    /**
     * Inserts unless the recipient already has a notification with this dedup key; returns the rows inserted (0 or
     * 1). One statement, so two nodes or a retried timer racing on the same key never fail each other.
     */
    @Modifying
    @Query(value = """
            INSERT IGNORE INTO notification (id, recipient_id, message_key, arguments, link, dedup_key, created_at)
            VALUES (NEXT VALUE FOR notification_seq, :recipient, :messageKey, :arguments, :link, :dedupKey, :createdAt)
            """, nativeQuery = true)
    int insertOnce(long recipient, String messageKey, @Nullable String arguments, @Nullable String link,
            @Nullable String dedupKey, Instant createdAt);

    /** People with notifications not yet e-mailed, in id order, a page at a time. */
    @Query("""
            select distinct n.recipientId from Notification n
             where n.emailedAt is null and n.recipientId > :after order by n.recipientId
            """)
    List<Long> findRecipientsWithUnmailed(long after, Pageable page);

    List<Notification> findByRecipientIdAndEmailedAtIsNullAndCreatedAtLessThanEqualOrderByCreatedAtAscIdAsc(
            long recipientId, Instant until);

    @Modifying
    @Query("update Notification n set n.emailedAt = :now where n.id in :ids")
    int markEmailed(java.util.Collection<Long> ids, Instant now);

    @Modifying
    @Query("update Notification n set n.readAt = :now where n.recipientId = :recipient and n.readAt is null")
    int markAllRead(long recipient, Instant now);

    @Modifying
    @Query("""
            update Notification n set n.readAt = :now
             where n.recipientId = :recipient and n.readAt is null and n.dedupKey like :pattern
            """)
    int markReadByDedupPattern(long recipient, String pattern, Instant now);
}
