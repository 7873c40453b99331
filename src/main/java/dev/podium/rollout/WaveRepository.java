package dev.podium.rollout;

import java.time.Instant;
import java.util.List;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Slice;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

interface WaveRepository extends JpaRepository<Wave, Long> {

    Slice<Wave> findAllByOrderByCreatedAtDescIdDesc(Pageable page);

    @Query(value = "SELECT COUNT(*) FROM wave_member WHERE wave_id = :wave", nativeQuery = true)
    long countMembers(@Param("wave") long waveId);

    /** Members whose page of the launch is done: those up to the launch's cursor (a range of the primary key). */
    @Query(value = "SELECT COUNT(*) FROM wave_member WHERE wave_id = :wave AND employee_id <= :through",
            nativeQuery = true)
    long countMembersThrough(@Param("wave") long waveId, @Param("through") long throughEmployeeId);

    /** Members in id order from an offset, for the lazy grid of members (which scrolls from the top). */
    @Query(value = """
            SELECT employee_id FROM wave_member WHERE wave_id = :wave
             ORDER BY employee_id LIMIT :size OFFSET :offset
            """, nativeQuery = true)
    List<Long> findMembersFrom(@Param("wave") long waveId, @Param("offset") int offset, @Param("size") int size);

    /** Members in id order, a page at a time (keyset: no offset scan at 100k). */
    @Query(value = """
            SELECT employee_id FROM wave_member WHERE wave_id = :wave AND employee_id > :after
             ORDER BY employee_id LIMIT :size
            """, nativeQuery = true)
    List<Long> findMembersAfter(@Param("wave") long waveId, @Param("after") long afterEmployeeId,
            @Param("size") int size);

    /**
     * Moves the launch's cursor past a page, in the page's transaction. Only from where the caller found it: when
     * another worker (a resumption on another node) moved it meanwhile, nothing changes and the caller rolls its page
     * back, so no page is done twice.
     */
    @Modifying
    @Query(value = """
            UPDATE wave SET launched_through = :through, launch_touched_at = :now
             WHERE id = :wave AND launched_through = :from AND launch_finished_at IS NULL
            """, nativeQuery = true)
    int pageDone(@Param("wave") long waveId, @Param("from") long fromEmployeeId,
            @Param("through") long throughEmployeeId, @Param("now") Instant now);

    @Modifying
    @Query(value = "UPDATE wave SET launch_finished_at = :now, launch_touched_at = :now WHERE id = :wave"
            + " AND launch_finished_at IS NULL", nativeQuery = true)
    int launchFinished(@Param("wave") long waveId, @Param("now") Instant now);

    /** Launched waves whose launch is not finished and nobody worked on since the given moment. */
    @Query(value = """
            SELECT id FROM wave WHERE state = 'LAUNCHED' AND launch_finished_at IS NULL
               AND (launch_touched_at IS NULL OR launch_touched_at < :before)
             ORDER BY id
            """, nativeQuery = true)
    List<Long> findUnfinishedLaunches(@Param("before") Instant untouchedSince);
}
