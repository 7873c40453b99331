package dev.podium.learning;

import dev.podium.policy.CourseAtSigning;
import dev.podium.policy.CourseAtSigningSource;
import dev.podium.shared.SystemUser;
import dev.podium.shared.CourseId;
import dev.podium.shared.EmployeeId;
import java.util.Optional;
import org.springframework.stereotype.Component;

/** Gives an attestation the signer's standing in the course of the policy's id (version taken, quiz average). */
@Component
class PolicyCourseStanding implements CourseAtSigningSource {

    private final LearningService learning;

    PolicyCourseStanding(LearningService learning) {
        this.learning = learning;
    }

    @Override
    public Optional<CourseAtSigning> courseAtSigning(EmployeeId employee, CourseId course) {
        return SystemUser.call(() -> learning.standingIn(employee, course))
                .map(standing -> new CourseAtSigning(standing.contentHash(), standing.averageQuizPercent()));
    }
}
