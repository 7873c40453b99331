package dev.podium.certificate;

/** Something HR may certify by hand: a course, or the coaching programme. */
public record Achievement(String id, String title) {

    /** The achievement id of the coaching programme. */
    public static final String COACHING_PROGRAMME = "coaching-programme";
}
