package dev.podium.audit;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import java.util.Arrays;
import java.util.List;

/** One rubric item of a round, as stored. */
@Embeddable
class AuditItem {

    /** Evidence arguments are short texts; the unit separator never occurs in them. */
    private static final String SEPARATOR = "\u001f";

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private RubricItem item;

    @Column(name = "auto_points", nullable = false)
    private int autoPoints;

    @Column(name = "auto_max", nullable = false)
    private int autoMax;

    @Column(name = "evidence_key", nullable = false)
    private String evidenceKey;

    @Column(name = "evidence_arguments", nullable = false)
    private String evidenceArguments;

    @Column(name = "coach_max", nullable = false)
    private int coachMax;

    @Column(name = "coach_points")
    private Integer coachPoints;

    @Column(name = "coach_comment")
    private String coachComment;

    protected AuditItem() {
    }

    AuditItem(ItemScore score) {
        this.item = score.item();
        this.autoPoints = score.autoPoints();
        this.autoMax = score.autoMax();
        this.evidenceKey = score.evidenceKey();
        this.evidenceArguments = String.join(SEPARATOR, score.evidenceArguments().stream()
                .map(argument -> argument.replace(SEPARATOR, " ")).toList());
    }

    RubricItem item() {
        return item;
    }

    int coachMax() {
        return coachMax;
    }

    void coachMax(int max) {
        this.coachMax = max;
    }

    void review(Integer points, String comment) {
        this.coachPoints = points;
        this.coachComment = comment;
    }

    ItemScore score() {
        List<String> arguments = evidenceArguments.isEmpty() ? List.of()
                : Arrays.asList(evidenceArguments.split(SEPARATOR, -1));
        return new ItemScore(item, autoPoints, autoMax, evidenceKey, arguments, coachMax, coachPoints, coachComment);
    }
}
