package dev.podium.activity;

import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

interface ImportRunRepository extends JpaRepository<ImportRun, Long> {

    Optional<ImportRun> findFirstByEmployeeIdAndStatusOrderByFinishedAtDesc(long employeeId, ImportRun.Status status);

    long countByEmployeeIdAndStatus(long employeeId, ImportRun.Status status);
}
