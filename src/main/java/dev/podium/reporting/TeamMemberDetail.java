package dev.podium.reporting;

import dev.podium.shared.CourseId;
import dev.podium.shared.EmployeeId;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/** One direct report's courses (with due dates) and certificates, for their line manager. */
public record TeamMemberDetail(EmployeeId id, String name, List<Assignment> assignments,
        List<HeldCertificate> certificates) {

    public TeamMemberDetail {
        assignments = List.copyOf(assignments);
        certificates = List.copyOf(certificates);
    }

    /** A course the person is enrolled in; {@code assigned} when HR assigned it rather than the person chose it. */
    public record Assignment(CourseId course, boolean assigned, Instant enrolledAt, LocalDate dueDate,
            boolean started, Instant completedAt) {

        public boolean completed() {
            return completedAt != null;
        }
    }

    /** A certificate the person holds (not revoked, not replaced by a renewal); {@code expiresOn} null: never. */
    public record HeldCertificate(long certificateId, String achievementId, Instant issuedAt, LocalDate expiresOn) {
    }
}
