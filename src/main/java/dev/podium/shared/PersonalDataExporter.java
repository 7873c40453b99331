package dev.podium.shared;

/**
 * What a module does when a person asks for a copy of everything Podium holds about them ("My data"): each module
 * that stores personal data implements it for its own tables, as a Spring bean, beside its
 * {@link PersonalDataEraser}. The account page's export calls every exporter, one after another, inside one read-only
 * transaction, and writes what they hand to the {@link PersonalDataSink} straight into the zip. Declared here, in the
 * kernel, so that every module can take part without the export knowing any of them (and package-private
 * repositories stay private).
 */
public interface PersonalDataExporter {

    /**
     * Writes the person's data this module holds as sections of rows; a section with no rows is written too, so the
     * person sees that the module was asked. Must stream large data (rows one at a time), never collect it.
     */
    void exportPersonalData(EmployeeId person, PersonalDataSink sink);
}
