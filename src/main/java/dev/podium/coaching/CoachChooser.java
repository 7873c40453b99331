package dev.podium.coaching;

import dev.podium.people.ActiveCoach;
import dev.podium.people.EmployeeService;
import dev.podium.shared.EmployeeId;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;
import org.springframework.stereotype.Component;

/** Picks the coach for a participant: the least-loaded active coach who speaks their language. */
@Component
class CoachChooser {

    private final EmployeeService employees;
    private final CoachingProgrammeRepository programmes;

    CoachChooser(EmployeeService employees, CoachingProgrammeRepository programmes) {
        this.employees = employees;
        this.programmes = programmes;
    }

    /** Any least-loaded coach when none speaks the language; never the participant themself. */
    ActiveCoach choose(EmployeeId participant, Locale language) {
        List<ActiveCoach> coaches = employees.activeCoaches().stream().filter(c -> !c.id().equals(participant))
                .toList();
        if (coaches.isEmpty()) {
            throw new CoachingRuleViolation("coaching.error.no-coach");
        }
        Map<Long, Long> loads = programmes.openLoads().stream()
                .collect(Collectors.toMap(CoachingProgrammeRepository.Load::getCoachId,
                        CoachingProgrammeRepository.Load::getOpen));
        return ActiveCoach.leastLoaded(coaches, language, coach -> loads.getOrDefault(coach.value(), 0L)).orElseThrow();
    }
}
