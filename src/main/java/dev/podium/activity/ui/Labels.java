package dev.podium.activity.ui;

import com.vaadin.flow.component.Component;
import dev.podium.activity.ActivityKind;
import dev.podium.activity.ActivitySource;
import dev.podium.activity.Band;
import dev.podium.activity.Classification;
import dev.podium.activity.Explanation;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.Locale;

/** Translation keys of the activity module's enums, and the few formatting rules its views share. */
final class Labels {

    private Labels() {
    }

    static String source(ActivitySource source) {
        return source == null ? "activity.ui.source.unknown" : "activity.ui.source." + lower(source);
    }

    static String kind(ActivityKind kind) {
        return "activity.ui.kind." + lower(kind);
    }

    static String classification(Classification classification) {
        return "activity.ui.classification." + lower(classification);
    }

    /** The class of one item, for a row of the item list ("Own post" rather than "Own posts"). */
    static String countsAs(Classification classification) {
        return "activity.ui.counts-as." + lower(classification);
    }

    static String band(Band band) {
        return "activity.ui.band." + lower(band);
    }

    /** A plain sentence from the index calculator, in the component's language. */
    static String sentence(Component component, Explanation explanation) {
        return component.getTranslation(explanation.messageKey(), explanation.arguments().toArray());
    }

    /** A day as the reader writes dates; activity times are UTC. */
    static String date(Instant instant, Locale locale) {
        return instant == null ? "–" : date(instant.atZone(ZoneOffset.UTC).toLocalDate(), locale);
    }

    static String date(LocalDate day, Locale locale) {
        return day == null ? "–" : DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM).withLocale(locale).format(day);
    }

    private static String lower(Enum<?> value) {
        return value.name().toLowerCase(Locale.ROOT);
    }
}
