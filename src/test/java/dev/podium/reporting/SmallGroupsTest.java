package dev.podium.reporting;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

class SmallGroupsTest {

    private final SmallGroups rule = new SmallGroups(5);

    @Test
    void counts_below_the_minimum_are_hidden_but_zero_and_the_minimum_are_shown() {
        assertThat(rule.shown(0)).isZero();
        assertThat(rule.shown(1)).isNull();
        assertThat(rule.shown(4)).isNull();
        assertThat(rule.shown(5)).isEqualTo(5);
    }

    @Test
    void a_lone_hidden_part_takes_the_next_smallest_part_with_it_so_subtraction_reveals_nothing() {
        assertThat(rule.parts(List.of(20L, 3L, 9L, 0L))).isEqualTo(Arrays.asList(20L, null, null, 0L));
    }

    @Test
    void two_hidden_parts_need_no_further_hiding() {
        assertThat(rule.parts(List.of(20L, 3L, 2L, 9L))).isEqualTo(Arrays.asList(20L, null, null, 9L));
    }

    @Test
    void groups_smaller_than_the_minimum_are_not_visible() {
        assertThat(rule.visibleGroups(List.of(12L, 4L, 30L, 8L))).containsExactly(true, false, true, false);
        assertThat(rule.visibleGroups(List.of(12L, 30L))).containsExactly(true, true);
    }
}
