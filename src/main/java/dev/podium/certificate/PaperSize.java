package dev.podium.certificate;

/** The two print formats a certificate PDF comes in. */
public enum PaperSize {
    A4,
    LETTER;

    /** Letter where it is the usual paper (the US, Canada, Mexico, the Philippines …), A4 elsewhere. */
    public static PaperSize forCountry(String countryCode) {
        if (countryCode == null) {
            return A4;
        }
        return switch (countryCode.toUpperCase(java.util.Locale.ROOT)) {
            case "US", "CA", "MX", "PH", "CL", "CO", "VE", "GT", "PR" -> LETTER;
            default -> A4;
        };
    }
}
