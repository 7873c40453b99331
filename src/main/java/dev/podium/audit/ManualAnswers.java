package dev.podium.audit;

import java.util.regex.Pattern;

/**
 * What the export cannot show, as the employee enters it.
 *
 * @param customUrl the public profile address, e.g. {@code https://www.linkedin.com/in/mette-jensen}
 * @param featuredItems what the Featured section shows, in the employee's words
 * @param followPrimary whether Follow is the primary button of the profile
 */
public record ManualAnswers(String customUrl, String featuredItems, boolean followPrimary) {

    /** A LinkedIn public profile address; group 3 is the part after {@code /in/}. */
    static final Pattern PROFILE_ADDRESS = Pattern.compile(
            "^(https?://)?([a-z]{2,3}\\.)?linkedin\\.com/in/([\\p{L}\\p{N}-]{3,100})/?$", Pattern.CASE_INSENSITIVE);

    public ManualAnswers {
        customUrl = customUrl == null ? "" : customUrl.strip();
        featuredItems = featuredItems == null ? "" : featuredItems.strip();
    }

    /**
     * Whether the text is empty or a LinkedIn profile address ({@code https://www.linkedin.com/in/name}); the form
     * checks it as the person types, the service refuses anything else.
     */
    public static boolean isProfileAddressOrEmpty(String text) {
        String address = text == null ? "" : text.strip();
        return address.isEmpty() || PROFILE_ADDRESS.matcher(address).matches();
    }
}
