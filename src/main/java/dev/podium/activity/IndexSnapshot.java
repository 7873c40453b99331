package dev.podium.activity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.LocalDate;

/** The latest Social Leadership Index of one employee, kept for HR's group figures. */
@Entity
@Table(name = "social_leadership_index")
class IndexSnapshot {

    @Id
    @Column(name = "employee_id")
    private Long employeeId;

    @Column(nullable = false)
    private int total;

    @Column(nullable = false)
    private int originality;

    @Column(nullable = false)
    private int consistency;

    @Column(name = "engagement_quality", nullable = false)
    private int engagementQuality;

    @Column(name = "topical_focus", nullable = false)
    private int topicalFocus;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private Band band;

    @Column(name = "window_start", nullable = false)
    private LocalDate windowStart;

    @Column(name = "window_end", nullable = false)
    private LocalDate windowEnd;

    @Column(name = "computed_at", nullable = false)
    private Instant computedAt;

    @Version
    private Long version;

    protected IndexSnapshot() {
    }

    IndexSnapshot(long employeeId) {
        this.employeeId = employeeId;
    }

    void record(SocialLeadershipIndex index, Instant now) {
        this.total = index.total();
        this.originality = index.originality().score();
        this.consistency = index.consistency().score();
        this.engagementQuality = index.engagementQuality().score();
        this.topicalFocus = index.topicalFocus().score();
        this.band = index.band();
        this.windowStart = index.windowStart();
        this.windowEnd = index.windowEnd();
        this.computedAt = now;
    }

    int total() {
        return total;
    }
}
