package dev.podium.reporting;

import java.util.List;

/**
 * How many active people reached each stage. A null count is not shown: fewer people than the minimum group size.
 *
 * @param population active people in the selection; null when the selection itself is a small group
 */
public record Funnel(Long population, List<StageCount> stages) {

    public Funnel {
        stages = List.copyOf(stages);
    }

    /** People who reached the stage; null when not shown. */
    public record StageCount(FunnelStage stage, Long people) {
    }

    public Long count(FunnelStage stage) {
        return stages.stream().filter(s -> s.stage() == stage).findFirst().map(StageCount::people).orElse(null);
    }
}
