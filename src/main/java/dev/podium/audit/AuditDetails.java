package dev.podium.audit;

import dev.podium.shared.EmployeeId;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * An audit with all its rounds, newest last. For HR only the workflow: status, coach, due date and each round's
 * submission and decision; no rubric items, answers, comments, points or score ({@code textsShown} is then false,
 * and every round's {@code items} and {@code changes} are empty).
 */
public record AuditDetails(long auditId, EmployeeId employee, String employeeName, EmployeeId coach,
        String coachName, AuditStatus status, Integer finalScore, Instant reviewDueAt, List<Round> rounds,
        boolean textsShown) {

    public AuditDetails {
        rounds = List.copyOf(rounds);
    }

    public Round currentRound() {
        return rounds.getLast();
    }

    /** The round before the current one; empty for a first round. */
    public Optional<Round> previousRound() {
        return rounds.size() < 2 ? Optional.empty() : Optional.of(rounds.get(rounds.size() - 2));
    }

    /**
     * Where the coach starts scoring an item of the current round: what they gave in this round, or else what they
     * gave in the round before. A resubmission keeps the coach's last review instead of starting from nothing; points
     * that no longer fit the item's range are left out (and the comment kept).
     */
    public CoachReview startingReview(RubricItem item) {
        ItemScore now = currentRound().items().stream().filter(score -> score.item() == item).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("no such item in the round: " + item));
        if (now.coachPoints() != null || now.coachComment() != null) {
            return new CoachReview(item, now.coachPoints(), now.coachComment());
        }
        Optional<ItemScore> before = previousRound().flatMap(round -> round.items().stream()
                .filter(score -> score.item() == item).findFirst());
        if (before.isEmpty()) {
            return new CoachReview(item, null, null);
        }
        Integer points = before.get().coachPoints();
        boolean fits = points != null && points >= 0 && points <= now.coachMax();
        return new CoachReview(item, fits ? points : null, before.get().coachComment());
    }

    /** The evidence of an item in the round before, when it differs from the current round's; else empty. */
    public Optional<ItemScore> earlierEvidence(RubricItem item) {
        boolean changed = currentRound().changes().stream()
                .anyMatch(change -> change.item() == item && change.evidenceChanged());
        if (!changed) {
            return Optional.empty();
        }
        return previousRound().flatMap(round -> round.items().stream().filter(score -> score.item() == item)
                .findFirst());
    }

    /**
     * One submission and the coach's decision on it.
     *
     * @param decision null while undecided; APPROVED, REVISION_REQUESTED or CANCELLED
     * @param changes what differs from the round before (empty for the first)
     */
    public record Round(int number, Instant submittedAt, ManualAnswers answers, List<ItemScore> items,
            String decision, Instant decidedAt, List<ItemChange> changes) {

        public Round {
            items = List.copyOf(items);
            changes = List.copyOf(changes);
        }

        public int autoPoints() {
            return items.stream().mapToInt(ItemScore::autoPoints).sum();
        }

        public int coachPoints() {
            return items.stream().mapToInt(item -> item.coachPoints() == null ? 0 : item.coachPoints()).sum();
        }
    }

    /** An item whose automatic points or evidence changed between two rounds. */
    public record ItemChange(RubricItem item, int pointsBefore, int pointsAfter, boolean evidenceChanged) {
    }
}
