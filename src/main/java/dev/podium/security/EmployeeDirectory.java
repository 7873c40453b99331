package dev.podium.security;

import dev.podium.shared.EmployeeId;
import java.util.Optional;

/**
 * Finds a person by their HRIS employee id, for single sign-on matched on that id
 * ({@code podium.security.sso.match-by=EXTERNAL_ID}). Implemented by {@code people}, which keeps the ids.
 */
public interface EmployeeDirectory {

    Optional<EmployeeId> employeeWithExternalId(String externalId);
}
