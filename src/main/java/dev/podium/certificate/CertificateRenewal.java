package dev.podium.certificate;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;

/** A renewal by evidence of practice, offered once per certificate and decided once by a coach. */
@Entity
@Table(name = "certificate_renewal")
class CertificateRenewal {

    enum Status { OFFERED, APPROVED, DECLINED }

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "certificate_renewal_seq")
    @SequenceGenerator(name = "certificate_renewal_seq", sequenceName = "certificate_renewal_seq",
            allocationSize = 50)
    private Long id;

    @Column(name = "certificate_id", nullable = false, updatable = false)
    private long certificateId;

    @Column(name = "employee_id", nullable = false, updatable = false)
    private long employeeId;

    @Column(name = "coach_id", nullable = false)
    private long coachId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private Status status;

    @Column(name = "offered_at", nullable = false, updatable = false)
    private Instant offeredAt;

    @Column(name = "decided_at")
    private Instant decidedAt;

    @Column(name = "decision_note")
    private String decisionNote;

    @Column(name = "renewed_by")
    private Long renewedBy;

    @Version
    private long version;

    protected CertificateRenewal() {
    }

    CertificateRenewal(long certificateId, long employeeId, long coachId, Instant offeredAt) {
        this.certificateId = certificateId;
        this.employeeId = employeeId;
        this.coachId = coachId;
        this.status = Status.OFFERED;
        this.offeredAt = offeredAt;
    }

    void decide(boolean approve, String note, Instant at) {
        if (status != Status.OFFERED) {
            throw new CertificateRuleViolation("certificate.rule.renewal-decided");
        }
        this.status = approve ? Status.APPROVED : Status.DECLINED;
        this.decisionNote = note;
        this.decidedAt = at;
    }

    void renewedBy(long certificate) {
        this.renewedBy = certificate;
    }

    Long id() {
        return id;
    }

    long certificateId() {
        return certificateId;
    }

    long employeeId() {
        return employeeId;
    }

    long coachId() {
        return coachId;
    }

    Status status() {
        return status;
    }

    Instant offeredAt() {
        return offeredAt;
    }
}
