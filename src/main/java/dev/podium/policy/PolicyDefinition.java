package dev.podium.policy;

import java.util.List;
import java.util.Locale;
import java.util.Map;

/** A policy as read from its folder: the current version with its texts. */
record PolicyDefinition(String id, String version, List<Locale> languages, int renewalMonths,
        Map<Locale, PolicyText> texts) {

    PolicyText text(Locale wanted) {
        return languages.stream().filter(l -> wanted != null && l.getLanguage().equals(wanted.getLanguage()))
                .findFirst().map(texts::get).orElse(texts.get(languages.getFirst()));
    }
}
