package dev.podium.people;

import dev.podium.shared.CourseId;
import dev.podium.shared.EmployeeId;
import java.util.Collection;
import java.util.Set;

/**
 * Tells a wave's page how its members are getting on. Implemented by the module that knows (learning), so that
 * people needs no dependency on it: the dependency runs the other way.
 */
public interface WaveProgressSource {

    /** Progress of these members (a page of them) in these courses. */
    WaveProgress progressOf(Collection<EmployeeId> members, Set<CourseId> courses);
}
