package dev.podium.activity;

import org.jspecify.annotations.NullUnmarked;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

// Spring Data refuses null arguments and results on @NullMarked repositories; these queries keep the
// nullness they had (optional filters are null), so the persistence interfaces stay unmarked.
@NullUnmarked
interface ImportRunRepository extends JpaRepository<ImportRun, Long> {

    Optional<ImportRun> findFirstByEmployeeIdAndStatusOrderByFinishedAtDesc(long employeeId, ImportRun.Status status);

    long countByEmployeeIdAndStatus(long employeeId, ImportRun.Status status);
}
