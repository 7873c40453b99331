package dev.podium.people;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.time.Instant;

@Entity
@Table(name = "department")
class Department {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "department_seq")
    @SequenceGenerator(name = "department_seq", sequenceName = "department_seq", allocationSize = 50)
    private Long id;

    @Column(nullable = false)
    private String name;

    @Column(name = "country_code", nullable = false, length = 2)
    private String countryCode;

    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt;

    protected Department() {
    }

    Department(String name, String countryCode, Instant now) {
        this.name = name;
        this.countryCode = countryCode;
        this.createdAt = now;
    }

    Long id() {
        return id;
    }

    String name() {
        return name;
    }

    String countryCode() {
        return countryCode;
    }

    DepartmentSummary summary() {
        return new DepartmentSummary(id, name, countryCode);
    }
}
