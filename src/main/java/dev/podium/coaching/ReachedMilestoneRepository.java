package dev.podium.coaching;

import org.jspecify.annotations.NullUnmarked;
import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

// Spring Data refuses null arguments and results on @NullMarked repositories; these queries keep the
// nullness they had (optional filters are null), so the persistence interfaces stay unmarked.
@NullUnmarked
interface ReachedMilestoneRepository extends JpaRepository<ReachedMilestone, Long> {

    boolean existsByEmployeeIdAndMilestone(long employeeId, Milestone milestone);

    List<ReachedMilestone> findByEmployeeId(long employeeId);
}
