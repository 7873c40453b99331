package dev.podium.learning;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.EntityGraph;
import org.springframework.data.jpa.repository.JpaRepository;

interface EnrolmentRepository extends JpaRepository<Enrolment, Long> {

    @EntityGraph(attributePaths = "completedLessons")
    Optional<Enrolment> findByEmployeeIdAndCourseId(long employeeId, String courseId);

    /**
     * The enrolment a person is about to change, its row locked until the transaction ends: two tabs of one person
     * marking lessons or answering at the same moment then take turns instead of one of them failing on the
     * version check. Only the enrolment's row is locked (found by its unique key): fetching the completed lessons in
     * the same locking read would lock gaps of {@code lesson_completion} shared with other people's enrolments, and
     * their inserts then deadlock with each other; the lessons load with a plain read afterwards.
     */
    @org.springframework.data.jpa.repository.Lock(jakarta.persistence.LockModeType.PESSIMISTIC_WRITE)
    @org.springframework.data.jpa.repository.Query(
            "select e from Enrolment e where e.employeeId = :employeeId and e.courseId = :courseId")
    Optional<Enrolment> lockByEmployeeIdAndCourseId(
            @org.springframework.data.repository.query.Param("employeeId") long employeeId,
            @org.springframework.data.repository.query.Param("courseId") String courseId);

    @EntityGraph(attributePaths = "completedLessons")
    List<Enrolment> findByEmployeeIdOrderByLastActivityAtDesc(long employeeId);

    List<Enrolment> findByCourseIdAndEmployeeIdIn(String courseId, java.util.Collection<Long> employeeIds);

    /** Per enrolment of these people in these courses: employee, completed, started (any activity since). */
    @org.springframework.data.jpa.repository.Query("""
            select e.employeeId, e.completedAt is not null, e.lastActivityAt > e.enrolledAt
              from Enrolment e where e.courseId in :courses and e.employeeId in :employees
            """)
    List<Object[]> findStates(@org.springframework.data.repository.query.Param("courses")
            java.util.Collection<String> courses,
            @org.springframework.data.repository.query.Param("employees") java.util.Collection<Long> employees);

    /** Open enrolments without activity since the cut-off: stalled learners. */
    @org.springframework.data.jpa.repository.Query("""
            select e.id, e.employeeId, e.courseId, e.lastActivityAt from Enrolment e
             where e.completedAt is null and e.lastActivityAt < :before and e.id > :after order by e.id
            """)
    List<Object[]> findStalled(@org.springframework.data.repository.query.Param("before") java.time.Instant before,
            @org.springframework.data.repository.query.Param("after") long afterId,
            org.springframework.data.domain.Pageable page);

    /** Open enrolments due on or before the date: soon due and overdue. */
    @org.springframework.data.jpa.repository.Query("""
            select e.id, e.employeeId, e.courseId, e.dueDate from Enrolment e
             where e.completedAt is null and e.dueDate is not null and e.dueDate <= :until and e.id > :after
             order by e.id
            """)
    List<Object[]> findDueBy(@org.springframework.data.repository.query.Param("until") java.time.LocalDate until,
            @org.springframework.data.repository.query.Param("after") long afterId,
            org.springframework.data.domain.Pageable page);
}
