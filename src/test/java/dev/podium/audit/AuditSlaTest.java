package dev.podium.audit;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The working-day rule behind the review's reminder and escalation, on every weekday, at DST changes and holidays. */
class AuditSlaTest {

    private static final AuditProperties.Sla NO_HOLIDAYS = new AuditProperties.Sla(3, 5, 7, List.of());
    private static final AuditProperties.Sla CHRISTMAS = new AuditProperties.Sla(3, 5, 7,
            List.of(LocalDate.parse("2026-12-24"), LocalDate.parse("2026-12-25")));

    @ParameterizedTest(name = "{0} + {1} working days = {2}")
    @CsvSource({
            "2026-11-30T09:15:00Z, 3, 2026-12-03T09:15:00Z",   // Monday → Thursday
            "2026-12-01T09:15:00Z, 3, 2026-12-04T09:15:00Z",   // Tuesday → Friday
            "2026-12-02T09:15:00Z, 3, 2026-12-07T09:15:00Z",   // Wednesday → Monday
            "2026-12-03T11:47:25.714231Z, 3, 2026-12-08T11:47:25.714231Z", // Thursday → Tuesday, to the microsecond
            "2026-12-04T23:59:59Z, 3, 2026-12-09T23:59:59Z",   // Friday late → Wednesday
            "2026-12-05T10:00:00Z, 3, 2026-12-09T10:00:00Z",   // Saturday → Wednesday
            "2026-12-06T00:00:00Z, 3, 2026-12-09T00:00:00Z",   // Sunday midnight → Wednesday
            "2026-12-03T11:47:25Z, 5, 2026-12-10T11:47:25Z",   // Thursday → next Thursday
            "2026-12-05T10:00:00Z, 5, 2026-12-11T10:00:00Z",   // Saturday → Friday
            "2026-03-27T23:30:00Z, 3, 2026-04-01T23:30:00Z",   // across Europe's switch to summer time (29 March)
            "2026-10-23T23:30:00Z, 5, 2026-10-30T23:30:00Z",   // across the switch back (25 October)
            "2026-12-31T12:00:00Z, 3, 2027-01-05T12:00:00Z",   // across the year end
            "2028-02-25T08:00:00Z, 3, 2028-03-01T08:00:00Z"})  // Friday before a leap day (a Tuesday)
    void working_days_skip_saturdays_and_sundays_and_keep_the_time_of_day(Instant from, int days, Instant expected) {
        assertThat(NO_HOLIDAYS.addWorkingDays(from, days)).isEqualTo(expected);
    }

    @ParameterizedTest(name = "{0} + {1} working days over Christmas = {2}")
    @CsvSource({
            "2026-12-21T10:00:00Z, 3, 2026-12-28T10:00:00Z",   // Monday: Tue, Wed, (Thu, Fri holidays), Mon
            "2026-12-23T10:00:00Z, 1, 2026-12-28T10:00:00Z",   // Wednesday: the next working day is Monday
            "2026-12-24T10:00:00Z, 5, 2027-01-01T10:00:00Z"})  // on a holiday itself; New Year is not configured
    void configured_holidays_are_skipped_like_weekends(Instant from, int days, Instant expected) {
        assertThat(CHRISTMAS.addWorkingDays(from, days)).isEqualTo(expected);
    }
}
