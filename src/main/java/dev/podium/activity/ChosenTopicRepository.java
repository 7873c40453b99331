package dev.podium.activity;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;

interface ChosenTopicRepository extends JpaRepository<ChosenTopic, Long> {

    List<ChosenTopic> findByEmployeeIdOrderByPosition(long employeeId);

    long countByEmployeeId(long employeeId);

    // a bulk delete, flushed before the new topics are inserted: the (employee, position) key is unique
    @Modifying(flushAutomatically = true, clearAutomatically = true)
    @Query("delete from ChosenTopic t where t.employeeId = :employeeId")
    void deleteByEmployee(long employeeId);

    /** Those of these people with anything imported or any voice topic chosen (for the rollout's bulk checks). */
    @Query(value = """
            SELECT employee_id FROM activity_item WHERE employee_id IN (:ids)
            UNION SELECT employee_id FROM voice_topic WHERE employee_id IN (:ids)
            UNION SELECT employee_id FROM activity_import WHERE employee_id IN (:ids)
            UNION SELECT employee_id FROM activity_analytics_import WHERE employee_id IN (:ids)
            """, nativeQuery = true)
    List<Long> findWithAnyActivity(java.util.Collection<Long> ids);
}
