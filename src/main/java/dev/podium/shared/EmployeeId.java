package dev.podium.shared;

/** Identity of a person in the organisation, shared by every module that refers to people. */
public record EmployeeId(long value) {

    public EmployeeId {
        if (value <= 0) {
            throw new IllegalArgumentException("An employee id is positive, got " + value);
        }
    }

    public static EmployeeId of(long value) {
        return new EmployeeId(value);
    }

    @Override
    public String toString() {
        return Long.toString(value);
    }
}
