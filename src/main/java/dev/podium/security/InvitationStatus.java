package dev.podium.security;

import dev.podium.shared.EmployeeId;
import java.time.Instant;

/**
 * What HR sees of a person's invitation.
 *
 * @param invitedAt when the last invitation went out; {@code null} if never
 * @param lastSignInAt when the person last signed in; {@code null} if never
 */
public record InvitationStatus(EmployeeId employeeId, Instant invitedAt, Instant lastSignInAt) {

    public boolean signedIn() {
        return lastSignInAt != null;
    }
}
