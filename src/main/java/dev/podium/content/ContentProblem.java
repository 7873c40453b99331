package dev.podium.content;

import java.text.MessageFormat;
import java.util.List;
import java.util.Locale;
import java.util.ResourceBundle;

/**
 * One thing wrong in a text written as a file (a course, a policy): the file (relative to its folder of courses or
 * policies), the line (1-based, 0 when the problem concerns the file as a whole) and what is wrong as a translation
 * key with its arguments.
 */
public record ContentProblem(String file, int line, String messageKey, List<Object> arguments) {

    public ContentProblem {
        arguments = List.copyOf(arguments);
    }

    /** The message in English, as the command-line validator and the log print it. */
    public String englishMessage() {
        ResourceBundle bundle = ResourceBundle.getBundle("vaadin-i18n.translations", Locale.ENGLISH,
                ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
        String pattern = bundle.containsKey(messageKey) ? bundle.getString(messageKey) : messageKey;
        return arguments.isEmpty() ? pattern : new MessageFormat(pattern, Locale.ENGLISH).format(arguments.toArray());
    }

    /** {@code file:line: message}, the form editors and CI logs link to. */
    public String english() {
        return file + ":" + line + ": " + englishMessage();
    }
}
