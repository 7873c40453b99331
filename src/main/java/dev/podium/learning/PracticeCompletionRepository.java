package dev.podium.learning;

import org.jspecify.annotations.NullUnmarked;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

// Spring Data refuses null arguments and results on @NullMarked repositories; these queries keep the
// nullness they had (optional filters are null), so the persistence interfaces stay unmarked.
@NullUnmarked
interface PracticeCompletionRepository extends JpaRepository<PracticeCompletion, Long> {

    List<PracticeCompletion> findByEnrolmentId(long enrolmentId);

    List<PracticeCompletion> findByEnrolmentIdIn(Collection<Long> enrolmentIds);

    Optional<PracticeCompletion> findByEnrolmentIdAndTaskId(long enrolmentId, String taskId);
}
