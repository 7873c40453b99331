package dev.podium.people;

import dev.podium.shared.EmployeeId;
import java.time.Instant;

/** An erasure on request waiting for a second HR administrator's approval. */
public record ErasureRequest(long id, EmployeeId person, String personName, EmployeeId requestedBy,
        String requestedByName, String reason, Instant requestedAt) {
}
