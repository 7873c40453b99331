package dev.podium.shared;

import java.util.List;

/**
 * What a module does when a person's personal data must go: each module that stores personal data implements it
 * for its own tables, as a Spring bean. The organisation ({@code people}) calls every eraser inside the transaction
 * that erases the person's own record, so the person's data goes everywhere at once or nowhere. Declared here, in
 * the kernel, so that modules below the organisation (activity, notification) can take part without depending on
 * it. Used by the retention job and by HR's erasure on request alike.
 */
public interface PersonalDataEraser {

    /** Erases, in the caller's transaction, the personal data this module holds about the person. */
    void erasePersonalData(EmployeeId person);

    /**
     * Replaces, in the caller's transaction, the person's name and e-mail where they appear in records that belong to
     * somebody else (a coach's name on a participant's programme, "X submitted …" in a coach's notifications): those
     * records stay, the mention goes. Called after {@link #erasePersonalData} with the texts as they were.
     *
     * @param mentions the person's full name and e-mail address as stored before the erasure (never blank)
     */
    default void eraseMentions(EmployeeId person, List<String> mentions) {
    }
}
