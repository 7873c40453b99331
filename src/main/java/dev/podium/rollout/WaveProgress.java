package dev.podium.rollout;

/** How a wave's members are getting on with its courses: each member counted once. */
public record WaveProgress(long notStarted, long inProgress, long completed) {

    public static final WaveProgress NONE = new WaveProgress(0, 0, 0);

    public WaveProgress plus(WaveProgress other) {
        return new WaveProgress(notStarted + other.notStarted, inProgress + other.inProgress,
                completed + other.completed);
    }

    public long total() {
        return notStarted + inProgress + completed;
    }
}
