package dev.podium.security;

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

    /**
     * One statement, so that two nodes counting failures for the same person at once never lose one. The lock
     * is evaluated first; under MariaDB's left-to-right assignment the counter still sees its old value.
     */
    @Modifying
    @Query(value = """
            UPDATE user_account
               SET locked_until = CASE WHEN failed_attempts + 1 >= :max THEN :lockUntil ELSE locked_until END,
                   failed_attempts = CASE WHEN failed_attempts + 1 >= :max THEN 0 ELSE failed_attempts + 1 END
             WHERE username = :username AND enabled = TRUE
            """, nativeQuery = true)
    int recordFailedLogin(@Param("username") String username, @Param("max") int maxAttempts,
            @Param("lockUntil") Instant lockUntil);

    @Modifying
    @Query("update UserAccount a set a.failedAttempts = 0, a.lastLoginAt = :now where a.id = :id")
    int recordSuccessfulLogin(@Param("id") long id, @Param("now") Instant now);

    interface SessionState {
        boolean getEnabled();

        int getSessionVersion();
    }
}
