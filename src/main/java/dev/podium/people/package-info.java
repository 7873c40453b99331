/**
 * The organisation: employees, departments, countries and line managers, kept by HR by hand or imported from an HRIS
 * CSV export ({@link dev.podium.people.HrisImportService}); who a selection of departments, countries and listed
 * people reaches ({@link dev.podium.people.EmployeeSelectionService}, for the rollout). Creates and updates each
 * person's account through {@code security}. Publishes {@link dev.podium.people.EmployeeRegistered} and
 * {@link dev.podium.people.EmployeeChanged} (HR's own edits), {@link dev.podium.people.EmployeesImported} (one per
 * HRIS import, for all its new and changed people), {@link dev.podium.people.EmployeeDeactivated} and
 * {@link dev.podium.people.EmployeeReactivated}; erases a person's personal data through every module's
 * {@link dev.podium.shared.PersonalDataEraser} in one transaction, when a leaver's retention period is over and when
 * HR erases someone on request ({@link dev.podium.people.ErasureService}).
 */
@ApplicationModule(allowedDependencies = {"security", "shared"})
@NullMarked
package dev.podium.people;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
