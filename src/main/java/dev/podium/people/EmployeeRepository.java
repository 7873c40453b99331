package dev.podium.people;

import org.jspecify.annotations.Nullable;
import java.time.Instant;

import java.util.List;
import java.util.Optional;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Slice;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

interface EmployeeRepository extends JpaRepository<Employee, Long> {

    /** Invitations for the people of an imported file. */
    @Query("select e.id from Employee e where e.email in :emails and e.active = true")
    List<Long> findActiveIdsByEmailIn(@Param("emails") java.util.Collection<String> emails);

    /** Single sign-on matched on the HRIS id (uk on external_id). */
    @Query("select e.id from Employee e where e.externalId = :externalId")
    java.util.Optional<Long> findIdByExternalId(@Param("externalId") String externalId);


    /** Leavers who left before {@code leftBefore} and still hold personal data, by id after {@code afterId}. */
    @org.springframework.data.jpa.repository.Query("""
            select e.id from Employee e
             where e.active = false and e.personalDataErasedAt is null and e.deactivatedAt < :leftBefore
               and e.id > :afterId
             order by e.id""")
    List<Long> findLeaversToErase(@org.springframework.data.repository.query.Param("leftBefore") Instant leftBefore,
            @org.springframework.data.repository.query.Param("afterId") long afterId,
            org.springframework.data.domain.Pageable page);

    /**
     * One query per page, department and manager joined in, no count: the grid scrolls without ever counting
     * 100k rows. Text matches the start of first name, last name or e-mail so the indexes serve it.
     */
    @Query("""
            select new dev.podium.people.EmployeeRepository$Row(e.id, e.firstName, e.lastName, e.email, e.jobTitle,
                   d.id, d.name, e.countryCode, m.id, m.firstName, m.lastName, e.active)
              from Employee e left join e.department d left join e.lineManager m
             where (:prefix is null or e.lastName like :prefix escape '!' or e.firstName like :prefix escape '!'
                    or e.email like :prefix escape '!')
               and (:departmentId is null or d.id = :departmentId)
               and (:active is null or e.active = :active)
            """)
    Slice<Row> search(@Param("prefix") @Nullable String prefix, @Param("departmentId") @Nullable Long departmentId,
            @Param("active") @Nullable Boolean active, Pageable pageable);

    @Query("""
            select new dev.podium.people.EmployeeRepository$Row(e.id, e.firstName, e.lastName, e.email, e.jobTitle,
                   d.id, d.name, e.countryCode, m.id, m.firstName, m.lastName, e.active)
              from Employee e left join e.department d left join e.lineManager m
             where m.id = :managerId and e.active = true
             order by e.lastName, e.firstName
            """)
    List<Row> findDirectReports(@Param("managerId") long managerId);

    @Query("""
            select new dev.podium.people.EmployeeRef(e.id, concat(e.firstName, ' ', e.lastName), e.email)
              from Employee e
             where e.active = true
               and (:prefix is null or e.lastName like :prefix escape '!' or e.firstName like :prefix escape '!'
                    or e.email like :prefix escape '!')
             order by e.lastName, e.firstName
            """)
    Slice<EmployeeRef> findActiveRefs(@Param("prefix") @Nullable String prefix, Pageable pageable);

    @Query("select e from Employee e where e.active = true and e.id in :ids order by e.lastName, e.firstName")
    List<Employee> findActiveByIdIn(@Param("ids") java.util.Collection<Long> ids);

    @Query("""
            select new dev.podium.people.EmployeeRef(e.id, concat(e.firstName, ' ', e.lastName), e.email)
              from Employee e
             where e.id in :ids
            """)
    List<EmployeeRef> findRefsByIdIn(@Param("ids") java.util.Collection<Long> ids);

    Optional<Employee> findByEmail(String email);

    boolean existsByEmailAndIdNot(String email, @Nullable Long id);

    boolean existsByEmail(String email);

    long countByActiveTrue();

    /** Active people per department (department id, count); people without a department are left out. */
    @Query("select e.department.id, count(e) from Employee e where e.active = true and e.department is not null "
            + "group by e.department.id")
    List<Object[]> countActiveByDepartment();

    long countByActiveFalse();

    @Query("select e.lineManager.id from Employee e where e.id = :id")
    Optional<Long> findLineManagerId(@Param("id") long id);

    /** Every employee in one query, for an HRIS import to compare its file with. */
    @Query("""
            select new dev.podium.people.HrisPlan$Existing(e.id, e.externalId, e.email, e.firstName, e.lastName,
                   e.jobTitle, d.id, e.countryCode, m.id, e.preferredLocale, e.active)
              from Employee e left join e.department d left join e.lineManager m
            """)
    List<HrisPlan.Existing> findAllForImport();

    record Row(Long id, String firstName, String lastName, String email, String jobTitle, Long departmentId,
            String departmentName, String countryCode, Long managerId, String managerFirstName,
            String managerLastName, boolean active) {
    }
}
