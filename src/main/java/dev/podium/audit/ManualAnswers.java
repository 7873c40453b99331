package dev.podium.audit;

/**
 * What the export cannot show, as the employee enters it.
 *
 * @param customUrl the public profile address, e.g. {@code https://www.linkedin.com/in/mette-jensen}
 * @param featuredItems what the Featured section shows, in the employee's words
 * @param followPrimary whether Follow is the primary button of the profile
 */
public record ManualAnswers(String customUrl, String featuredItems, boolean followPrimary) {

    public ManualAnswers {
        customUrl = customUrl == null ? "" : customUrl.strip();
        featuredItems = featuredItems == null ? "" : featuredItems.strip();
    }
}
