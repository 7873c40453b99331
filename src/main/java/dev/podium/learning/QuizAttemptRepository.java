package dev.podium.learning;

import org.jspecify.annotations.NullUnmarked;
import java.util.Collection;
import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

// Spring Data refuses null arguments and results on @NullMarked repositories; these queries keep the
// nullness they had (optional filters are null), so the persistence interfaces stay unmarked.
@NullUnmarked
interface QuizAttemptRepository extends JpaRepository<QuizAttempt, Long> {

    List<QuizAttempt> findByEnrolmentIdOrderByAttemptedAt(long enrolmentId);

    List<QuizAttempt> findByEnrolmentIdInOrderByAttemptedAt(Collection<Long> enrolmentIds);
}
