package dev.podium.coaching.ui;

import dev.podium.coaching.CoachTaskKind;
import dev.podium.coaching.Milestone;
import dev.podium.coaching.Stage;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.Locale;

/** Translation keys and date formatting shared by the coaching views. */
final class Texts {

    private Texts() {
    }

    static String stage(Stage stage) {
        return "coaching.stage." + stage.name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    static String milestone(Milestone milestone) {
        return "coaching.milestone." + milestone.name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    static String task(CoachTaskKind kind) {
        return "coaching.task." + kind.name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    static String date(Instant instant, Locale locale) {
        return instant == null ? "" : DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM).withLocale(locale)
                .withZone(ZoneOffset.UTC).format(instant);
    }
}
