package dev.podium.policy;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;
import org.hibernate.annotations.Immutable;

/** One attestation, written once and never changed (the database refuses updates and deletes as well). */
@Entity
@Immutable
@Table(name = "policy_attestation")
class PolicyAttestation {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "policy_attestation_seq")
    @SequenceGenerator(name = "policy_attestation_seq", sequenceName = "policy_attestation_seq", allocationSize = 50)
    private Long id;

    @Column(name = "employee_id", nullable = false)
    private long employeeId;

    @Column(name = "policy_id", nullable = false)
    private String policyId;

    @Column(name = "policy_version", nullable = false)
    private String policyVersion;

    @Column(name = "text_sha256", nullable = false)
    private String textSha256;

    @Column(nullable = false)
    private String locale;

    @Column(name = "course_version")
    private String courseVersion;

    @Column(name = "quiz_score")
    private Integer quizScore;

    @Column(name = "roles_at_signing", nullable = false)
    private String rolesAtSigning;

    @Column(name = "department_id")
    private Long departmentId;

    @Column(name = "department_name")
    private String departmentName;

    @Column(name = "attested_at", nullable = false)
    private Instant attestedAt;

    @Column(name = "renewal_due", nullable = false)
    private LocalDate renewalDue;

    protected PolicyAttestation() {
    }

    PolicyAttestation(long employeeId, String policyId, String policyVersion, String textSha256, String locale,
            String courseVersion, Integer quizScore, String rolesAtSigning, Long departmentId, String departmentName,
            Instant attestedAt, LocalDate renewalDue) {
        this.employeeId = employeeId;
        this.policyId = policyId;
        this.policyVersion = policyVersion;
        this.textSha256 = textSha256;
        this.locale = locale;
        this.courseVersion = courseVersion;
        this.quizScore = quizScore;
        this.rolesAtSigning = rolesAtSigning;
        this.departmentId = departmentId;
        this.departmentName = departmentName;
        this.attestedAt = attestedAt;
        this.renewalDue = renewalDue;
    }

    Attestation view() {
        return new Attestation(id, policyId, policyVersion, textSha256, locale, courseVersion, quizScore,
                rolesAtSigning, departmentName, attestedAt, renewalDue);
    }

    Long id() {
        return id;
    }
}
