package dev.podium.certificate;

import dev.podium.shared.EmployeeId;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;

/**
 * One issued certificate. Its facts never change (the database refuses it too); it can only be revoked, or
 * superseded by a renewal, each once.
 */
@Entity
@Table(name = "certificate")
class Certificate {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "certificate_seq")
    @SequenceGenerator(name = "certificate_seq", sequenceName = "certificate_seq", allocationSize = 50)
    private Long id;

    @Column(name = "employee_id", nullable = false, updatable = false)
    private long employeeId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, updatable = false)
    private CertificateKind kind;

    @Column(name = "achievement_id", nullable = false, updatable = false)
    private String achievementId;

    @Column(name = "achievement_title", nullable = false, updatable = false)
    private String achievementTitle;

    @Column(name = "course_version", updatable = false)
    private String courseVersion;

    @Column(name = "completion_key", nullable = false, updatable = false)
    private String completionKey;

    @Column(name = "employee_name", nullable = false, updatable = false)
    private String employeeName;

    @Column(nullable = false, updatable = false)
    private String language;

    @Column(name = "issued_at", nullable = false, updatable = false)
    private Instant issuedAt;

    @Column(name = "issued_by", updatable = false)
    private Long issuedBy;

    @Column(name = "issue_reason", updatable = false)
    private String issueReason;

    @Column(name = "expires_on", updatable = false)
    private LocalDate expiresOn;

    @Column(name = "verification_code", nullable = false, updatable = false)
    private String verificationCode;

    @Column(updatable = false)
    private Long supersedes;

    @Column(name = "superseded_by")
    private Long supersededBy;

    @Column(name = "revoked_at")
    private Instant revokedAt;

    @Column(name = "revoked_by")
    private Long revokedBy;

    @Column(name = "revoke_reason")
    private String revokeReason;

    protected Certificate() {
    }

    Certificate(Facts facts, String verificationCode) {
        this.employeeId = facts.employee().value();
        this.kind = facts.kind();
        this.achievementId = facts.achievementId();
        this.achievementTitle = facts.achievementTitle();
        this.courseVersion = facts.courseVersion();
        this.completionKey = facts.completionKey();
        this.employeeName = facts.employeeName();
        this.language = facts.language();
        this.issuedAt = facts.issuedAt();
        this.issuedBy = facts.issuedBy() == null ? null : facts.issuedBy().value();
        this.issueReason = facts.issueReason();
        this.expiresOn = facts.expiresOn();
        this.supersedes = facts.supersedes();
        this.verificationCode = verificationCode;
    }

    /** What an issue is made of; {@code completionKey} makes it unique per employee and achievement. */
    record Facts(EmployeeId employee, CertificateKind kind, String achievementId, String achievementTitle,
            String courseVersion, String completionKey, String employeeName, String language, Instant issuedAt,
            EmployeeId issuedBy, String issueReason, LocalDate expiresOn, Long supersedes) {
    }

    CertificateStatus status(LocalDate today) {
        if (revokedAt != null) {
            return CertificateStatus.REVOKED;
        }
        if (supersededBy != null) {
            return CertificateStatus.SUPERSEDED;
        }
        if (expiresOn != null && today.isAfter(expiresOn)) {
            return CertificateStatus.EXPIRED;
        }
        return CertificateStatus.VALID;
    }

    void revoke(EmployeeId by, String reason, Instant at) {
        if (revokedAt != null) {
            throw new CertificateRuleViolation("certificate.rule.already-revoked");
        }
        this.revokedAt = at;
        this.revokedBy = by == null ? null : by.value();
        this.revokeReason = reason;
    }

    void supersede(long newer) {
        if (supersededBy != null) {
            throw new CertificateRuleViolation("certificate.rule.already-renewed");
        }
        this.supersededBy = newer;
    }

    IssuedCertificate view(LocalDate today, PublicAddress address) {
        return new IssuedCertificate(id, EmployeeId.of(employeeId), employeeName, kind, achievementId, achievementTitle,
                issuedAt, expiresOn, verificationCode, address.verifyUrl(verificationCode), status(today),
                supersedes, supersededBy, issueReason, revokedAt, revokeReason);
    }

    Long id() {
        return id;
    }

    EmployeeId employee() {
        return EmployeeId.of(employeeId);
    }

    CertificateKind kind() {
        return kind;
    }

    String achievementId() {
        return achievementId;
    }

    String achievementTitle() {
        return achievementTitle;
    }

    String courseVersion() {
        return courseVersion;
    }

    String employeeName() {
        return employeeName;
    }

    String language() {
        return language;
    }

    Instant issuedAt() {
        return issuedAt;
    }

    LocalDate expiresOn() {
        return expiresOn;
    }

    String verificationCode() {
        return verificationCode;
    }

    Long supersedes() {
        return supersedes;
    }

    Long supersededBy() {
        return supersededBy;
    }

    Instant revokedAt() {
        return revokedAt;
    }
}
