package dev.podium.security;

import dev.podium.shared.EmployeeId;
import java.time.Instant;
import java.util.Set;

/** What HR needs to know about a person's account. */
public record AccountStatus(EmployeeId employeeId, String username, Set<Role> roles, boolean enabled,
        Instant lockedUntil, int failedAttempts, boolean passwordSet, Instant lastLoginAt) {

    public boolean lockedAt(Instant now) {
        return lockedUntil != null && lockedUntil.isAfter(now);
    }
}
