package dev.podium.reporting;

import java.util.ArrayList;
import java.util.List;

/**
 * The rule that keeps the dashboard to aggregates: a count of fewer people than the minimum group size is not
 * shown (zero is shown: it names nobody). Where a total is shown next to its parts, hiding exactly one part would
 * let anyone work it out by subtraction, so the next smallest part is hidden with it.
 */
final class SmallGroups {

    private final int minimum;

    SmallGroups(int minimum) {
        this.minimum = minimum;
    }

    int minimum() {
        return minimum;
    }

    /** The count, or null when it is a small group. */
    Long shown(long count) {
        return count == 0 || count >= minimum ? count : null;
    }

    boolean small(long population) {
        return population < minimum;
    }

    /** Parts of a shown total: small ones hidden, and one more when only one would be. */
    List<Long> parts(List<Long> counts) {
        List<Long> shown = new ArrayList<>(counts.stream().map(this::shown).toList());
        long hidden = shown.stream().filter(c -> c == null).count();
        if (hidden == 1) {
            int smallest = -1;
            for (int i = 0; i < shown.size(); i++) {
                Long c = shown.get(i);
                if (c != null && c > 0 && (smallest < 0 || c < shown.get(smallest))) {
                    smallest = i;
                }
            }
            if (smallest >= 0) {
                shown.set(smallest, null);
            }
        }
        return shown;
    }

    /**
     * One column of a table of groups whose total is shown elsewhere (a stage of the breakdown, the audited people
     * per group): a cell is hidden when its row is hidden or it is small, and when that leaves exactly one hidden
     * cell with people in it, the smallest shown cell with people goes too, so no cell follows from the total.
     */
    List<Long> column(List<Long> counts, List<Boolean> rowShown) {
        List<Long> shown = new ArrayList<>();
        int hidden = 0;
        for (int i = 0; i < counts.size(); i++) {
            Long cell = rowShown.get(i) ? shown(counts.get(i)) : null;
            shown.add(cell);
            if (cell == null && counts.get(i) > 0) {
                hidden++;
            }
        }
        if (hidden == 1) {
            int smallest = -1;
            for (int i = 0; i < shown.size(); i++) {
                Long c = shown.get(i);
                if (c != null && c > 0 && (smallest < 0 || c < shown.get(smallest))) {
                    smallest = i;
                }
            }
            if (smallest >= 0) {
                shown.set(smallest, null);
            }
        }
        return shown;
    }

    /** Which groups (by their population) may be shown: small ones not, and one more when only one would be. */
    List<Boolean> visibleGroups(List<Long> populations) {
        return parts(populations).stream().map(p -> p != null).toList();
    }
}
