package dev.podium.people;

import dev.podium.shared.EmployeeId;
import java.util.List;

/**
 * The demo organisation was just seeded into an empty database (demo profile only): the modules that bring it to
 * life (enrolments, activity, attestations) start from here.
 *
 * @param hr the HR administrator the demo acts for where a person has to (assigning courses)
 * @param people everyone seeded, in the order they were added
 */
public record DemoOrganisationSeeded(EmployeeId hr, List<EmployeeId> people) {

    public DemoOrganisationSeeded {
        people = List.copyOf(people);
    }
}
