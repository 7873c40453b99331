package dev.podium.shared;

import com.vaadin.flow.i18n.I18NProvider;
import java.text.MessageFormat;
import java.util.List;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * UI texts from {@code vaadin-i18n/translations*.properties}. English comes first, so a browser asking for a
 * language Podium lacks gets English rather than whichever bundle a file scan happens to list first.
 */
@Component
class Translations implements I18NProvider {

    private static final Logger log = LoggerFactory.getLogger(Translations.class);
    private static final String BUNDLE = "vaadin-i18n.translations";
    private static final ResourceBundle.Control NO_SYSTEM_FALLBACK =
            ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES);

    @Override
    public List<Locale> getProvidedLocales() {
        return Languages.SUPPORTED;
    }

    @Override
    public String getTranslation(String key, Locale locale, Object... params) {
        Locale language = Languages.closest(locale);
        String pattern;
        try {
            pattern = ResourceBundle.getBundle(BUNDLE, language, NO_SYSTEM_FALLBACK).getString(key);
        } catch (MissingResourceException e) {
            log.warn("No text for key '{}' in {}", key, language);
            return "!" + key;
        }
        return params.length == 0 ? pattern : new MessageFormat(pattern, language).format(params);
    }
}
