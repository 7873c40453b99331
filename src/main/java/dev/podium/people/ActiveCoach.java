package dev.podium.people;

import dev.podium.shared.EmployeeId;
import java.util.Locale;

/** An active person holding the coach role, with the language they prefer to work in. */
public record ActiveCoach(EmployeeId id, String name, Locale locale) {
}
