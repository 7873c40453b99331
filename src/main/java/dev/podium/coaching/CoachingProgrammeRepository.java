package dev.podium.coaching;

import java.util.List;
import java.util.Optional;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Slice;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

interface CoachingProgrammeRepository extends JpaRepository<CoachingProgramme, Long> {

    Optional<CoachingProgramme> findByOpenEmployeeId(long employeeId);

    Optional<CoachingProgramme> findFirstByEmployeeIdOrderByStartedAtDescIdDesc(long employeeId);

    @Query("select p from CoachingProgramme p where p.coachId = :coachId and p.closedAt is null"
            + " order by p.stage, p.participantName")
    List<CoachingProgramme> findOpenByCoach(@Param("coachId") long coachId);

    /** Whether the coach is assigned to an open programme of the person's (activity asks, through the SPI). */
    boolean existsByCoachIdAndEmployeeIdAndClosedAtIsNull(long coachId, long employeeId);

    /** No count: HR's grid scrolls without counting. */
    Slice<CoachingProgramme> findAllByOrderByStartedAtDescIdDesc(Pageable page);

    /** Open programmes per coach, for choosing the least loaded one. */
    @Query("select p.coachId as coachId, count(p) as open from CoachingProgramme p where p.closedAt is null"
            + " group by p.coachId")
    List<Load> openLoads();

    interface Load {
        long getCoachId();

        long getOpen();
    }
}
