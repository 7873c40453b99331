package dev.podium.shared;

/**
 * What a module does when a person's personal data must go: each module that stores personal data implements it
 * for its own tables, as a Spring bean. The organisation ({@code people}) calls every eraser inside the transaction
 * that erases the person's own record, so the person's data goes everywhere at once or nowhere. Declared here, in
 * the kernel, so that modules below the organisation (activity, notification) can take part without depending on
 * it.
 */
public interface PersonalDataEraser {

    /** Erases, in the caller's transaction, the personal data this module holds about the person. */
    void erasePersonalData(EmployeeId person);
}
