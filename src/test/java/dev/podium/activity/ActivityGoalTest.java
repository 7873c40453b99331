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

    @Test
    void each_goal_reads_its_own_typed_figure_and_asks_for_nothing_else() {
        ActivityGoal.RecentWork recent = new ActivityGoal.RecentWork(4, 7, 2);
        java.util.function.Supplier<SocialLeadershipIndex> noIndex = () -> {
            throw new AssertionError("the index was computed for a goal that does not need it");
        };
        java.util.function.IntSupplier noTopics = () -> {
            throw new AssertionError("topics were counted for a goal that does not need them");
        };

        assertThat(ActivityGoal.originalPostWeeks(4, 6).isMetBy(noIndex, noTopics, () -> recent)).isTrue();
        assertThat(ActivityGoal.originalPostWeeks(5, 6).isMetBy(noIndex, noTopics, () -> recent)).isFalse();
        assertThat(ActivityGoal.originalPosts(7, 12).figure(noIndex, noTopics, () -> recent)).isEqualTo(7);
        assertThat(ActivityGoal.substantiveComments(3, 2).isMetBy(noIndex, noTopics, () -> recent)).isFalse();
        assertThat(ActivityGoal.voiceTopics(3).isMetBy(noIndex, () -> 3, () -> {
            throw new AssertionError("recent work was counted for a topics goal");
        })).isTrue();
    }

    @Test
    void recent_work_counts_weeks_with_originals_posts_and_substantive_comments_from_the_first_monday() {
        java.time.Instant monday = java.time.Instant.parse("2026-06-01T00:00:00Z");
        java.util.List<ItemStore.Dated> dated = java.util.List.of(
                new ItemStore.Dated(Classification.OWN_POST, monday.minusSeconds(1)),
                new ItemStore.Dated(Classification.OWN_POST, monday.plusSeconds(3_600)),
                new ItemStore.Dated(Classification.ARTICLE, monday.plus(java.time.Duration.ofDays(6))),
                new ItemStore.Dated(Classification.OWN_POST, monday.plus(java.time.Duration.ofDays(7))),
                new ItemStore.Dated(Classification.SUBSTANTIVE_COMMENT, monday.plus(java.time.Duration.ofDays(8))));

        assertThat(ActivityGoal.RecentWork.of(dated, monday)).isEqualTo(new ActivityGoal.RecentWork(2, 3, 1));
    }
}
