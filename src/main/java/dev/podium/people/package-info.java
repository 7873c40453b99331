/**
 * The organisation: employees, departments, countries and line managers, kept by HR. Creates and updates each
 * person's account through {@code security}. Publishes {@link dev.podium.people.EmployeeRegistered},
 * {@link dev.podium.people.EmployeeDeactivated} and {@link dev.podium.people.EmployeeReactivated}.
 */
package dev.podium.people;
