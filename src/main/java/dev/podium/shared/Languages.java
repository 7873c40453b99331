package dev.podium.shared;

import java.util.List;
import java.util.Locale;

/** The languages the UI is translated into; the first is the fallback. */
public final class Languages {

    public static final Locale ENGLISH = Locale.ENGLISH;
    public static final Locale DANISH = Locale.forLanguageTag("da");
    public static final List<Locale> SUPPORTED = List.of(ENGLISH, DANISH);

    private Languages() {
    }

    /** The supported language closest to the given locale. */
    public static Locale closest(Locale locale) {
        if (locale == null) {
            return ENGLISH;
        }
        return SUPPORTED.stream().filter(l -> l.getLanguage().equals(locale.getLanguage())).findFirst()
                .orElse(ENGLISH);
    }

    /** A language's name in that language, as people look for it in a switcher. */
    public static String nativeName(Locale locale) {
        String name = locale.getDisplayLanguage(locale);
        return name.substring(0, 1).toUpperCase(locale) + name.substring(1);
    }
}
