package dev.podium.audit;

/**
 * The 18 items of the profile audit rubric (DOMAIN.md §4), with their default automatic and coach points; the
 * points in force come from {@link AuditProperties}.
 */
public enum RubricItem {
    PROFILE_PHOTO(4, 4),
    BACKGROUND_BANNER(2, 2),
    HEADLINE(5, 4),
    ABOUT_LENGTH(8, 0),
    ABOUT_QUALITY(0, 5),
    INDUSTRY_AND_LOCATION(3, 0),
    CURRENT_ROLE(8, 0),
    CAREER_HISTORY(4, 0),
    EDUCATION(3, 0),
    SKILLS(8, 0),
    ENDORSEMENTS(3, 0),
    RECOMMENDATIONS(7, 0),
    NETWORK(5, 0),
    CUSTOM_URL(2, 3),
    FEATURED(0, 7),
    WEBSITE(3, 0),
    FOLLOW_AND_TOPICS(0, 3),
    EMPLOYER_ALIGNMENT(3, 4);

    private final int defaultAuto;
    private final int defaultCoach;

    RubricItem(int defaultAuto, int defaultCoach) {
        this.defaultAuto = defaultAuto;
        this.defaultCoach = defaultCoach;
    }

    public ItemPoints defaultPoints() {
        return new ItemPoints(defaultAuto, defaultCoach);
    }

    /** The translation key stem, e.g. {@code audit.item.profile-photo}. */
    public String key() {
        return "audit.item." + name().toLowerCase(java.util.Locale.ROOT).replace('_', '-');
    }

    /** The most an item can earn automatically and from the coach. */
    public record ItemPoints(int auto, int coach) {

        public int total() {
            return auto + coach;
        }
    }
}
