package dev.podium.coaching;

import dev.podium.shared.CoachingRelations;
import dev.podium.shared.EmployeeId;
import dev.podium.shared.Roles;
import jakarta.annotation.security.RolesAllowed;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** A coach coaches a person while a programme of that person's is open and assigned to the coach. */
@Component("coachingRelations")
class ProgrammeCoachingRelations implements CoachingRelations {

    private final CoachingProgrammeRepository programmes;

    ProgrammeCoachingRelations(CoachingProgrammeRepository programmes) {
        this.programmes = programmes;
    }

    @Override
    @RolesAllowed({Roles.COACH, Roles.SYSTEM})
    @Transactional(readOnly = true)
    public boolean coaches(EmployeeId coach, EmployeeId person) {
        return programmes.existsByCoachIdAndEmployeeIdAndClosedAtIsNull(coach.value(), person.value());
    }
}
