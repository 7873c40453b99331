package dev.podium.learning;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

interface PracticeCompletionRepository extends JpaRepository<PracticeCompletion, Long> {

    List<PracticeCompletion> findByEnrolmentId(long enrolmentId);

    List<PracticeCompletion> findByEnrolmentIdIn(Collection<Long> enrolmentIds);

    Optional<PracticeCompletion> findByEnrolmentIdAndTaskId(long enrolmentId, String taskId);
}
