package dev.podium.security;

import dev.podium.shared.Role;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

interface UserAccountRepository extends JpaRepository<UserAccount, Long> {

    Optional<UserAccount> findByUsername(String username);

    Optional<UserAccount> findByEmployeeId(long employeeId);

    /** One query for a whole page of people, roles included (no query per account). */
    @Query("select distinct a from UserAccount a left join fetch a.roles where a.employeeId in :employeeIds")
    List<UserAccount> findByEmployeeIdIn(@Param("employeeIds") Collection<Long> employeeIds);

    List<UserAccount> findByDemoTrueAndEnabledTrue();

    boolean existsByUsernameAndEmployeeIdNot(String username, long employeeId);

    @Query("select count(a) > 0 from UserAccount a join a.roles r where r = :role and a.enabled = true")
    boolean existsEnabledWithRole(@Param("role") Role role);

    @Query("select a.employeeId from UserAccount a join a.roles r where r = :role and a.enabled = true")
    List<Long> findEnabledEmployeeIdsWithRole(@Param("role") Role role);

    @Query("select a.enabled as enabled, a.sessionVersion as sessionVersion from UserAccount a where a.id = :id")
    Optional<SessionState> findSessionState(@Param("id") long id);

    @Modifying
    @Query("update UserAccount a set a.failedAttempts = 0, a.lastLoginAt = :now where a.id = :id")
    int recordSuccessfulLogin(@Param("id") long id, @Param("now") Instant now);

    interface SessionState {
        boolean getEnabled();

        int getSessionVersion();
    }
}
