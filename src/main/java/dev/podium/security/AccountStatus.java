package dev.podium.security;

import dev.podium.shared.Role;
import dev.podium.shared.EmployeeId;
import java.time.Instant;
import java.util.Set;

/**
 * What HR needs to know about a person's account.
 *
 * @param locked whether a lock is in force now, by the application's clock
 */
public record AccountStatus(EmployeeId employeeId, String username, Set<Role> roles, boolean enabled,
        boolean locked, Instant lockedUntil, int failedAttempts, boolean passwordSet, Instant lastLoginAt) {
}
