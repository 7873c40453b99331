package dev.podium.people;

import java.util.Collection;
import java.util.List;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.Repository;
import org.springframework.data.repository.query.Param;

/**
 * The active people a selection reaches. An empty part of a selection is passed as a list holding one value that
 * matches nobody (SQL has no empty IN list).
 */
interface EmployeeSelectionRepository extends Repository<Employee, Long> {

    String SELECTED = """
            e.active = TRUE
               AND (e.department_id IN (:departments) OR e.country_code IN (:countries) OR e.id IN (:listed))""";

    @Query(value = "SELECT COUNT(*) FROM employee e WHERE " + SELECTED, nativeQuery = true)
    long countSelected(@Param("departments") Collection<Long> departments,
            @Param("countries") Collection<String> countries, @Param("listed") Collection<Long> listed);

    /** In id order after the given id (keyset: no offset scan at 100k). */
    @Query(value = "SELECT e.id FROM employee e WHERE e.id > :after AND " + SELECTED
            + " ORDER BY e.id LIMIT :size", nativeQuery = true)
    List<Long> findSelectedAfter(@Param("departments") Collection<Long> departments,
            @Param("countries") Collection<String> countries, @Param("listed") Collection<Long> listed,
            @Param("after") long afterId, @Param("size") int size);

    @Query("select e.id from Employee e where lower(e.email) in :keys or e.externalId in :keys")
    List<Long> findIdsByKeys(@Param("keys") Collection<String> keys);

    @Query("select lower(e.email), e.externalId from Employee e where lower(e.email) in :keys or e.externalId in :keys")
    List<Object[]> findKeysIn(@Param("keys") Collection<String> keys);

    /** Everyone's place, in id order after the given id: no entity is loaded, so nothing piles up in a session. */
    @Query("""
            select e.id, concat(e.firstName, ' ', e.lastName), d.id, d.name, e.countryCode, e.active
              from Employee e left join e.department d where e.id > :after order by e.id""")
    List<Object[]> findPlacementsAfter(@Param("after") long afterId, org.springframework.data.domain.Pageable page);

    @Query("select count(d) from Department d where d.id in :ids")
    long countDepartments(@Param("ids") Collection<Long> ids);
}
