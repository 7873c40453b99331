package dev.podium.coaching.ui;

import static org.assertj.core.api.Assertions.assertThat;

import dev.podium.coaching.Milestone;
import dev.podium.coaching.MyProgramme;
import dev.podium.coaching.PracticeGoal;
import dev.podium.coaching.Stage;
import java.time.Instant;
import java.util.EnumSet;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The programme stepper: what was done before a step comes up counts, and says so. */
class MyCoachingViewTest {

    @Test
    void an_approved_audit_and_chosen_topics_do_not_read_later_while_the_guidelines_are_open() {
        MyProgramme mine = programme(Stage.GUIDELINES, EnumSet.of(Milestone.PROFILE_AUDIT_APPROVED), true);

        assertThat(MyCoachingView.state(mine, Stage.GUIDELINES)).isEqualTo("coaching.my.current");
        assertThat(MyCoachingView.state(mine, Stage.PROFILE_AUDIT)).isEqualTo("coaching.my.done-already");
        assertThat(MyCoachingView.state(mine, Stage.VOICE_TOPICS)).isEqualTo("coaching.my.topics-chosen");
        assertThat(MyCoachingView.state(mine, Stage.PRACTICE)).isEqualTo("coaching.my.later");
    }

    @Test
    void without_them_the_later_steps_read_later_and_past_steps_done() {
        MyProgramme mine = programme(Stage.PROFILE_AUDIT, EnumSet.of(Milestone.GUIDELINES_COURSE), false);

        assertThat(MyCoachingView.state(mine, Stage.GUIDELINES)).isEqualTo("coaching.my.done");
        assertThat(MyCoachingView.state(mine, Stage.PROFILE_AUDIT)).isEqualTo("coaching.my.current");
        assertThat(MyCoachingView.state(mine, Stage.VOICE_TOPICS)).isEqualTo("coaching.my.later");
    }

    @Test
    void chosen_topics_at_their_own_step_ask_for_the_coachs_agreement() {
        MyProgramme mine = programme(Stage.VOICE_TOPICS, EnumSet.allOf(Milestone.class), true);

        assertThat(MyCoachingView.state(mine, Stage.VOICE_TOPICS)).isEqualTo("coaching.my.topics-chosen-now");
    }

    private static MyProgramme programme(Stage stage, Set<Milestone> milestones, boolean topicsChosen) {
        return new MyProgramme(1L, stage, "Carla Coach", Instant.parse("2026-06-01T08:00:00Z"), milestones, false,
                false, new PracticeGoal(4, 6, 50), topicsChosen);
    }
}
