package dev.podium.activity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class ActivityGoalTest {

    @Test
    void goals_that_can_never_be_met_or_look_nowhere_are_refused() {
        assertThatThrownBy(() -> ActivityGoal.originalPostWeeks(7, 6)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> ActivityGoal.originalPosts(1, 0)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> ActivityGoal.substantiveComments(3, ActivityGoal.MAX_WEEKS + 1))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> ActivityGoal.sliAtLeast(101)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> ActivityGoal.voiceTopics(-1)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> ActivityGoal.originalityAtLeast(26)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new ActivityGoal(null, 1, 1)).isInstanceOf(NullPointerException.class);
    }

    @Test
    void goals_without_weeks_ignore_them() {
        assertThat(ActivityGoal.sliAtLeast(40)).isEqualTo(new ActivityGoal(ActivityGoal.Kind.SLI_AT_LEAST, 40, 0));
        assertThat(ActivityGoal.voiceTopics(3).weeks()).isZero();
    }

    @Test
    void evidence_completes_exactly_the_practice_tasks_it_knows() {
        ActivityEvidence almost = new ActivityEvidence(true, 2, true, 3, 35);
        ActivityEvidence done = new ActivityEvidence(true, 3, true, 4, 41);

        assertThat(almost.provides("original-post")).isTrue();
        assertThat(almost.provides("substantive-comments")).isFalse();
        assertThat(almost.provides("consistent-weeks")).isFalse();
        assertThat(done.provides("substantive-comments")).isTrue();
        assertThat(done.provides("consistent-weeks")).isTrue();
        assertThat(done.provides("voice-topics")).isTrue();
        assertThat(done.provides("profile-photo")).isFalse();
        assertThat(done.provides(null)).isFalse();
    }
}
