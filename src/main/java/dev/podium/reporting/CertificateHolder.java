package dev.podium.reporting;

import dev.podium.shared.EmployeeId;
import java.time.LocalDate;

/** A valid certificate that expires soon, with its holder, for HR's renewal follow-up. */
public record CertificateHolder(long certificateId, EmployeeId employee, String name, String departmentName,
        String achievementId, LocalDate expiresOn) {
}
