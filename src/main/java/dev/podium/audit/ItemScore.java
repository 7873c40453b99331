package dev.podium.audit;

import java.util.List;

/**
 * One rubric item of one round: the automatic points with the evidence behind them, and the coach's points and
 * comment once given.
 *
 * @param evidenceKey translation key of the evidence sentence; {@code evidenceArguments} fill it in
 * @param coachPoints null until the coach scores the item
 */
public record ItemScore(RubricItem item, int autoPoints, int autoMax, String evidenceKey,
        List<String> evidenceArguments, int coachMax, Integer coachPoints, String coachComment) {

    public ItemScore {
        evidenceArguments = List.copyOf(evidenceArguments);
    }

    public int points() {
        return autoPoints + (coachPoints == null ? 0 : coachPoints);
    }
}
