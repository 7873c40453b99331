package dev.podium.people;

import java.util.Collection;
import java.util.List;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Slice;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

interface WaveRepository extends JpaRepository<Wave, Long> {

    Slice<Wave> findAllByOrderByCreatedAtDescIdDesc(Pageable page);

    /**
     * Fixes a wave's members at launch in one statement: the active people of its departments or countries and those
     * listed, each once.
     */
    @Modifying
    @Query(value = """
            INSERT IGNORE INTO wave_member (wave_id, employee_id)
            SELECT :wave, e.id FROM employee e
             WHERE e.active = TRUE
               AND (e.department_id IN (SELECT d.department_id FROM wave_department d WHERE d.wave_id = :wave)
                    OR e.country_code IN (SELECT c.country_code FROM wave_country c WHERE c.wave_id = :wave)
                    OR e.id IN (SELECT l.employee_id FROM wave_listed l WHERE l.wave_id = :wave))
            """, nativeQuery = true)
    int fixMembers(@Param("wave") long waveId);

    @Query(value = """
            SELECT COUNT(*) FROM employee e
             WHERE e.active = TRUE
               AND (e.department_id IN (SELECT d.department_id FROM wave_department d WHERE d.wave_id = :wave)
                    OR e.country_code IN (SELECT c.country_code FROM wave_country c WHERE c.wave_id = :wave)
                    OR e.id IN (SELECT l.employee_id FROM wave_listed l WHERE l.wave_id = :wave))
            """, nativeQuery = true)
    long countPlannedMembers(@Param("wave") long waveId);

    @Query(value = "SELECT COUNT(*) FROM wave_member WHERE wave_id = :wave", nativeQuery = true)
    long countMembers(@Param("wave") long waveId);

    /** Members in id order, a page at a time (keyset: no offset scan at 100k). */
    @Query(value = """
            SELECT employee_id FROM wave_member WHERE wave_id = :wave AND employee_id > :after
             ORDER BY employee_id LIMIT :size
            """, nativeQuery = true)
    List<Long> findMembersAfter(@Param("wave") long waveId, @Param("after") long afterEmployeeId,
            @Param("size") int size);

    @Query("select e.id from Employee e where lower(e.email) in :keys or e.externalId in :keys")
    List<Long> findIdsByKeys(@Param("keys") Collection<String> keys);

    @Query("select lower(e.email), e.externalId from Employee e where lower(e.email) in :keys or e.externalId in :keys")
    List<Object[]> findKeysIn(@Param("keys") Collection<String> keys);
}
