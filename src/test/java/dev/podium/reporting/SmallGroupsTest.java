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

    @Test
    void a_column_with_one_small_cell_hides_a_second_so_the_total_gives_nothing_away() {
        // departments 12, 30, 8 people; certified 6, 3, 7: the funnel shows the total 16, so hiding only the 3
        // would let anyone subtract it; the next smallest (6) goes too
        assertThat(rule.column(List.of(6L, 3L, 7L), List.of(true, true, true)))
                .isEqualTo(Arrays.asList(null, null, 7L));
    }

    @Test
    void a_hidden_row_counts_as_a_hidden_cell_of_every_column() {
        assertThat(rule.column(List.of(6L, 2L, 7L), List.of(true, false, true)))
                .isEqualTo(Arrays.asList(null, null, 7L));
        assertThat(rule.column(List.of(6L, 2L, 1L), List.of(true, false, false)))
                .as("two hidden already").isEqualTo(Arrays.asList(6L, null, null));
        assertThat(rule.column(List.of(6L, 0L, 7L), List.of(true, true, true))).as("zero names nobody")
                .isEqualTo(Arrays.asList(6L, 0L, 7L));
    }
}
