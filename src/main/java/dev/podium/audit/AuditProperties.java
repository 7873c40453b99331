package dev.podium.audit;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.util.Set;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * {@code podium.audit.*}: the points of each rubric item ({@code podium.audit.points.headline.auto=5}), the
 * thresholds of the automatic items, the SLA of the review and the employer's names. Defaults = DOMAIN.md §4.
 *
 * @param points per item, overriding {@link RubricItem#defaultPoints()}
 * @param employerNames company names that count as the current employer (item 18), compared case-insensitively
 */
@ConfigurationProperties("podium.audit")
public record AuditProperties(Map<RubricItem, RubricItem.ItemPoints> points, @DefaultValue Thresholds thresholds,
        @DefaultValue Sla sla, @DefaultValue("Podium") List<String> employerNames) {

    public AuditProperties {
        Map<RubricItem, RubricItem.ItemPoints> all = new EnumMap<>(RubricItem.class);
        for (RubricItem item : RubricItem.values()) {
            all.put(item, points != null && points.containsKey(item) ? points.get(item) : item.defaultPoints());
        }
        points = Map.copyOf(all);
        employerNames = List.copyOf(employerNames);
    }

    /** The values DOMAIN.md §4 names, for use without Spring. */
    public static AuditProperties defaults() {
        return new AuditProperties(null, new Thresholds(60, 220, 2, 1, 600, 4, 1200, 200, 2, 3, 3, 15, 6, 1, 1, 10,
                4, 2, 50, 3, 500), new Sla(3, 5, 7, List.of()), List.of("Podium"));
    }

    public RubricItem.ItemPoints pointsOf(RubricItem item) {
        return points.get(item);
    }

    /**
     * Thresholds of the automatic items; partial points are given here, full points are the item's auto points.
     *
     * @param headlineLengthPoints for a headline of {@code headlineMinChars}–{@code headlineMaxChars} characters
     * @param headlineNotTitlePoints for a headline that says more than the job title; the rest is for a voice topic
     * @param skillsFewPoints for {@code skillsFew} skills; {@code skillsManyPoints} for {@code skillsMany}; the rest
     *        when a voice topic is among them
     */
    public record Thresholds(@DefaultValue("60") int headlineMinChars, @DefaultValue("220") int headlineMaxChars,
            @DefaultValue("2") int headlineLengthPoints, @DefaultValue("1") int headlineNotTitlePoints,
            @DefaultValue("600") int aboutShortChars, @DefaultValue("4") int aboutShortPoints,
            @DefaultValue("1200") int aboutLongChars, @DefaultValue("200") int currentRoleDescriptionChars,
            @DefaultValue("2") int pastPositions, @DefaultValue("3") int skillsFew,
            @DefaultValue("3") int skillsFewPoints, @DefaultValue("15") int skillsMany,
            @DefaultValue("6") int skillsManyPoints, @DefaultValue("1") int endorsementsFew,
            @DefaultValue("1") int endorsementsFewPoints, @DefaultValue("10") int endorsementsMany,
            @DefaultValue("4") int oneRecommendationPoints, @DefaultValue("2") int recommendationsMany,
            @DefaultValue("50") int connectionsFew, @DefaultValue("3") int connectionsFewPoints,
            @DefaultValue("500") int connectionsMany) {
    }

    /**
     * Service levels of the review, in working days for the coach and calendar days for a revision.
     *
     * @param holidays days that are not working days besides Saturdays and Sundays
     *        ({@code podium.audit.sla.holidays=2026-12-24,2026-12-25}); the company's calendar, in UTC
     */
    public record Sla(@DefaultValue("3") int coachReminderWorkingDays, @DefaultValue("5") int escalationWorkingDays,
            @DefaultValue("7") int revisionReminderDays, @DefaultValue List<LocalDate> holidays) {

        public Sla {
            holidays = holidays == null ? List.of() : List.copyOf(holidays);
        }

        /** {@code days} working days after {@code from}, skipping weekends and holidays; the time of day is kept. */
        public Instant addWorkingDays(Instant from, int days) {
            Set<LocalDate> off = Set.copyOf(holidays);
            ZonedDateTime at = from.atZone(ZoneOffset.UTC);
            int added = 0;
            while (added < days) {
                at = at.plusDays(1);
                if (at.getDayOfWeek() != DayOfWeek.SATURDAY && at.getDayOfWeek() != DayOfWeek.SUNDAY
                        && !off.contains(at.toLocalDate())) {
                    added++;
                }
            }
            return at.toInstant();
        }
    }
}
