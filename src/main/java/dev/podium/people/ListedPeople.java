package dev.podium.people;

import dev.podium.shared.EmployeeId;
import java.util.List;
import java.util.Set;

/** A pasted list of e-mail addresses or HRIS ids, resolved: who was found, and the entries nobody matches. */
public record ListedPeople(Set<EmployeeId> found, List<String> unknown) {

    public ListedPeople {
        found = Set.copyOf(found);
        unknown = List.copyOf(unknown);
    }
}
