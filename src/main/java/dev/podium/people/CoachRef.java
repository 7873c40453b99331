package dev.podium.people;

import dev.podium.shared.EmployeeId;
import java.util.Locale;

/** An active coach and the language they prefer to work in. */
public record CoachRef(EmployeeId id, String name, Locale locale) {
}
