package dev.podium.learning;

import java.util.Collection;
import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

interface QuizAttemptRepository extends JpaRepository<QuizAttempt, Long> {

    List<QuizAttempt> findByEnrolmentIdOrderByAttemptedAt(long enrolmentId);

    List<QuizAttempt> findByEnrolmentIdInOrderByAttemptedAt(Collection<Long> enrolmentIds);
}
