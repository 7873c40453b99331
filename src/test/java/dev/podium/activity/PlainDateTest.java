package dev.podium.activity;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.Locale;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/** LinkedIn's plain row dates read without the formatter give what the formatter gives, or leave it to it. */
class PlainDateTest {

    private static final DateTimeFormatter ACTIVITY_DATE = DateTimeFormatter.ofPattern(
            "yyyy-MM-dd HH:mm[:ss][ 'UTC']", Locale.ROOT);

    @Property(tries = 5_000)
    void a_plain_date_is_read_as_the_formatter_reads_it(@ForAll("dates") String value) {
        Instant fast = LinkedInReader.plainDate(value);
        Instant formatter;
        try {
            formatter = LocalDateTime.parse(value, ACTIVITY_DATE).toInstant(ZoneOffset.UTC);
        } catch (DateTimeParseException e) {
            formatter = null;
        }
        // what the fast path does not take (30 February, which the formatter clamps; other shapes) is left to it
        if (fast != null) {
            assertThat(fast).isEqualTo(formatter);
        }
    }

    @org.junit.jupiter.api.Test
    void the_shape_of_every_row_is_read_without_the_formatter() {
        assertThat(LinkedInReader.plainDate("2024-02-29 23:59:59")).isEqualTo(Instant.parse("2024-02-29T23:59:59Z"));
        assertThat(LinkedInReader.plainDate("2023-02-29 10:00:00")).isNull();
        assertThat(LinkedInReader.plainDate("2024-03-05 09:15")).isNull();
    }

    @Provide
    Arbitrary<String> dates() {
        Arbitrary<String> year = Arbitraries.integers().between(0, 2999).map(y -> String.format("%04d", y));
        Arbitrary<String> two = Arbitraries.integers().between(0, 99).map(n -> String.format("%02d", n));
        Arbitrary<String> odd = Arbitraries.of("2024-03-05 09:15", "2024-03-05 09:15:00 UTC", "2024-3-05 09:15:00",
                "2024-03-05T09:15:00", "２０２４-03-05 09:15:00", "2024-03-05 09:15:0x", "+2024-03-05 09:15:00");
        Arbitrary<String> shaped = Combinators.combine(year, two, two, two, two, two)
                .as((y, mo, d, h, mi, s) -> y + "-" + mo + "-" + d + " " + h + ":" + mi + ":" + s);
        return Arbitraries.oneOf(shaped, odd);
    }
}
