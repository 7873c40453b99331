package dev.podium.audit;

import org.jspecify.annotations.Nullable;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

interface ProfileAuditRepository extends JpaRepository<ProfileAudit, Long> {

    Optional<ProfileAudit> findFirstByEmployeeIdOrderBySubmittedAtDescIdDesc(long employeeId);

    Optional<ProfileAudit> findByOpenFor(long employeeId);

    boolean existsByEmployeeIdAndStatus(long employeeId, AuditStatus status);

    boolean existsByEmployeeIdAndStatusNot(long employeeId, AuditStatus status);

    /** Audits in the given states, optionally only one coach's and only those overdue at {@code overdueAt}. */
    @Query("""
            select a from ProfileAudit a
             where a.status in :statuses
               and (:coachId is null or a.coachId = :coachId)
               and (:overdueAt is null or a.reviewDueAt < :overdueAt)
            """)
    List<ProfileAudit> search(@Param("statuses") List<AuditStatus> statuses, @Param("coachId") @Nullable Long coachId,
            @Param("overdueAt") @Nullable Instant overdueAt, Pageable page);

    /** Per coach id: how many audits in those states they hold (coaches holding none are missing). */
    @Query("select a.coachId as coachId, count(a) as audits from ProfileAudit a"
            + " where a.coachId in :coachIds and a.status in :statuses group by a.coachId")
    List<CoachLoad> loadOf(@Param("coachIds") List<Long> coachIds, @Param("statuses") List<AuditStatus> statuses);

    List<ProfileAudit> findByCoachIdAndStatusIn(long coachId, List<AuditStatus> statuses);

    /** Reviews waiting for a coach other than {@code coachId}, overdue at {@code now}. */
    @Query("""
            select a from ProfileAudit a
             where a.status = dev.podium.audit.AuditStatus.IN_REVIEW
               and a.coachId <> :coachId and a.employeeId <> :coachId
               and a.reviewDueAt < :now
            """)
    List<ProfileAudit> overdueNotHeldBy(@Param("coachId") long coachId, @Param("now") Instant now, Pageable page);

    /** Per coach: audits waiting for their review, of those overdue at {@code now}, and revisions they wait for. */
    @Query("""
            select a.coachId as coachId, max(a.coachName) as coachName,
                   sum(case when a.status = dev.podium.audit.AuditStatus.IN_REVIEW then 1 else 0 end) as inReview,
                   sum(case when a.status = dev.podium.audit.AuditStatus.IN_REVIEW and a.reviewDueAt < :now
                            then 1 else 0 end) as breached,
                   sum(case when a.status = dev.podium.audit.AuditStatus.REVISION_REQUESTED then 1 else 0 end)
                       as waitingForEmployee
              from ProfileAudit a
             where a.status in :statuses and a.coachId is not null
             group by a.coachId
            """)
    List<CoachWorkloadRow> workload(@Param("statuses") List<AuditStatus> statuses, @Param("now") Instant now);

    interface CoachWorkloadRow {
        Long getCoachId();

        String getCoachName();

        long getInReview();

        long getBreached();

        long getWaitingForEmployee();
    }

    interface CoachLoad {
        Long getCoachId();

        long getAudits();
    }
}
