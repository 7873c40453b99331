package dev.podium.coaching;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

interface ReachedMilestoneRepository extends JpaRepository<ReachedMilestone, Long> {

    boolean existsByEmployeeIdAndMilestone(long employeeId, Milestone milestone);

    List<ReachedMilestone> findByEmployeeId(long employeeId);
}
