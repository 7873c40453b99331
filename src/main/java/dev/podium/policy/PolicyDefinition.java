package dev.podium.policy;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/** A policy as read from its folder: the current version with its texts. */
record PolicyDefinition(String id, String version, List<Locale> languages, int renewalMonths,
        Map<Locale, PolicyText> texts, @Nullable DraftCheck draftCheck) {

    /**
     * The optional {@code draftCheck} block: disclosure markings per language (variables filled), markings that are
     * not clear enough, and which section number each kind of advice refers to.
     */
    record DraftCheck(Map<Locale, List<String>> markings, List<String> notEnough, Map<String, Integer> sections) {
    }

    PolicyText text(Locale wanted) {
        return languages.stream().filter(l -> wanted != null && l.getLanguage().equals(wanted.getLanguage()))
                .findFirst().map(texts::get).orElse(texts.get(languages.getFirst()));
    }
}
