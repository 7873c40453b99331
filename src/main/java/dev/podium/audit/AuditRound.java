package dev.podium.audit;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/** One submission of an audit: the manual answers, the scored items and the coach's decision on them. */
@Entity
@Table(name = "profile_audit_round")
class AuditRound {

    enum Decision { APPROVED, REVISION_REQUESTED, CANCELLED }

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "profile_audit_round_seq")
    @SequenceGenerator(name = "profile_audit_round_seq", sequenceName = "profile_audit_round_seq", allocationSize = 50)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "audit_id", nullable = false, updatable = false)
    private ProfileAudit audit;

    @Column(nullable = false, updatable = false)
    private int number;

    @Column(name = "submitted_at", nullable = false, updatable = false)
    private Instant submittedAt;

    @Column(name = "custom_url", nullable = false, updatable = false)
    private String customUrl;

    @Column(name = "featured_items", nullable = false, updatable = false)
    private String featuredItems;

    @Column(name = "follow_primary", nullable = false, updatable = false)
    private boolean followPrimary;

    @Enumerated(EnumType.STRING)
    private Decision decision;

    @Column(name = "decided_at")
    private Instant decidedAt;

    @ElementCollection(fetch = FetchType.LAZY)
    @CollectionTable(name = "profile_audit_item", joinColumns = @JoinColumn(name = "round_id"))
    private List<AuditItem> items = new ArrayList<>();

    protected AuditRound() {
    }

    AuditRound(ProfileAudit audit, int number, ManualAnswers answers, List<ItemScore> scores, Instant submittedAt) {
        this.audit = audit;
        this.number = number;
        this.customUrl = limit(answers.customUrl(), 300);
        this.featuredItems = limit(answers.featuredItems(), 2000);
        this.followPrimary = answers.followPrimary();
        this.submittedAt = submittedAt;
        scores.forEach(score -> {
            AuditItem item = new AuditItem(score);
            item.coachMax(score.coachMax());
            items.add(item);
        });
    }

    int number() {
        return number;
    }

    Instant submittedAt() {
        return submittedAt;
    }

    Decision decision() {
        return decision;
    }

    Instant decidedAt() {
        return decidedAt;
    }

    ManualAnswers answers() {
        return new ManualAnswers(customUrl, featuredItems, followPrimary);
    }

    List<ItemScore> scores() {
        return items.stream().map(AuditItem::score).sorted(Comparator.comparing(ItemScore::item)).toList();
    }

    /** Stores the coach's points and comments; refuses points outside an item's coach range. */
    void review(List<CoachReview> reviews) {
        for (CoachReview review : reviews) {
            AuditItem item = items.stream().filter(i -> i.item() == review.item()).findFirst()
                    .orElseThrow(() -> new AuditRuleViolation("audit.error.unknown-item"));
            if (review.points() != null && (review.points() < 0 || review.points() > item.coachMax())) {
                throw new AuditRuleViolation("audit.error.points-out-of-range");
            }
            String comment = review.comment() == null || review.comment().isBlank() ? null
                    : limit(review.comment().strip(), 2000);
            item.review(review.points(), comment);
        }
    }

    void decide(Decision decision, Instant at) {
        this.decision = decision;
        this.decidedAt = at;
    }

    int autoPoints() {
        return scores().stream().mapToInt(ItemScore::autoPoints).sum();
    }

    int coachPoints() {
        return scores().stream().mapToInt(score -> score.coachPoints() == null ? 0 : score.coachPoints()).sum();
    }

    private static String limit(String text, int max) {
        return text.length() > max ? text.substring(0, max) : text;
    }
}
