package dev.podium.learning;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.EntityGraph;
import org.springframework.data.jpa.repository.JpaRepository;

interface EnrolmentRepository extends JpaRepository<Enrolment, Long> {

    @EntityGraph(attributePaths = "completedLessons")
    Optional<Enrolment> findByEmployeeIdAndCourseId(long employeeId, String courseId);

    @EntityGraph(attributePaths = "completedLessons")
    List<Enrolment> findByEmployeeIdOrderByLastActivityAtDesc(long employeeId);
}
