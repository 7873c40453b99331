package dev.podium.certificate;

import dev.podium.shared.EmployeeId;
import java.time.Instant;
import java.time.LocalDate;

/** A renewal by evidence of practice waiting for a coach's sign-off. */
public record RenewalRequest(long id, long certificateId, EmployeeId employee, String employeeName,
        String achievementTitle, LocalDate expiresOn, Instant offeredAt) {
}
