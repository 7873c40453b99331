package dev.podium.people;

/**
 * Narrows the employee list.
 *
 * @param text start of a first name, last name or e-mail; blank for all
 * @param departmentId null for all departments
 * @param active null for everyone, true for current staff, false for people who left
 */
public record EmployeeFilter(String text, Long departmentId, Boolean active) {

    public static EmployeeFilter all() {
        return new EmployeeFilter(null, null, null);
    }
}
