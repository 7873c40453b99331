package dev.podium.audit;

import dev.podium.shared.EmployeeId;
import java.time.Instant;
import java.util.List;

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
