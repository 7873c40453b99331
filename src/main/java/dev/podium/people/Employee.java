package dev.podium.people;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.Locale;

@Entity
@Table(name = "employee")
class Employee {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "employee_seq")
    @SequenceGenerator(name = "employee_seq", sequenceName = "employee_seq", allocationSize = 50)
    private Long id;

    @Column(name = "first_name", nullable = false)
    private String firstName;

    @Column(name = "last_name", nullable = false)
    private String lastName;

    @Column(nullable = false)
    private String email;

    /** The HRIS's id for the person; null for people entered by hand. */
    @Column(name = "external_id")
    private String externalId;

    @Column(name = "job_title")
    private String jobTitle;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "department_id")
    private Department department;

    @Column(name = "country_code", nullable = false, length = 2)
    private String countryCode;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "line_manager_id")
    private Employee lineManager;

    @Column(name = "preferred_locale", nullable = false)
    private String preferredLocale;

    @Column(nullable = false)
    private boolean active = true;

    @Column(name = "deactivated_at")
    private Instant deactivatedAt;

    @Column(name = "personal_data_erased_at")
    private Instant personalDataErasedAt;

    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt;

    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;

    @Version
    private long version;

    protected Employee() {
    }

    Employee(Instant now) {
        this.createdAt = now;
        this.updatedAt = now;
    }

    void describe(String firstName, String lastName, String email, String jobTitle, Department department,
            String countryCode, Employee lineManager, Locale locale, Instant now) {
        this.firstName = firstName;
        this.lastName = lastName;
        this.email = email;
        this.jobTitle = jobTitle;
        this.department = department;
        this.countryCode = countryCode;
        this.lineManager = lineManager;
        this.preferredLocale = locale.toLanguageTag();
        this.updatedAt = now;
    }

    void identifyAs(String hrisId) {
        this.externalId = hrisId;
    }

    String externalId() {
        return externalId;
    }

    /**
     * The leaver's retention period is over: name, address and job title are replaced, the manager link dropped; the
     * row stays because other records refer to it.
     */
    void erasePersonalData(Instant now) {
        if (active) {
            throw new IllegalStateException("Only a leaver's personal data is erased");
        }
        firstName = "Former";
        lastName = "employee";
        email = "erased-" + id + "@erased.invalid";
        jobTitle = null;
        lineManager = null;
        personalDataErasedAt = now;
        updatedAt = now;
    }

    /** @return whether anything changed */
    boolean deactivate(Instant now) {
        if (!active) {
            return false;
        }
        active = false;
        deactivatedAt = now;
        updatedAt = now;
        return true;
    }

    boolean reactivate(Instant now) {
        if (active) {
            return false;
        }
        active = true;
        deactivatedAt = null;
        updatedAt = now;
        return true;
    }

    Long id() {
        return id;
    }

    String firstName() {
        return firstName;
    }

    String lastName() {
        return lastName;
    }

    String fullName() {
        return firstName + " " + lastName;
    }

    String email() {
        return email;
    }

    String jobTitle() {
        return jobTitle;
    }

    Department department() {
        return department;
    }

    String countryCode() {
        return countryCode;
    }

    Employee lineManager() {
        return lineManager;
    }

    Locale locale() {
        return Locale.forLanguageTag(preferredLocale);
    }

    Instant personalDataErasedAt() {
        return personalDataErasedAt;
    }

    boolean active() {
        return active;
    }

    long version() {
        return version;
    }
}
