package dev.podium.policy;

import dev.podium.shared.CourseId;
import dev.podium.shared.EmployeeId;
import java.util.Optional;

/**
 * Tells an attestation where its signer stands in the course of the same id. The module that keeps learners'
 * progress implements it, so policy records that standing without depending on that module (which itself builds on
 * policy: it completes the attestation task when {@link PolicyAttested} arrives). Without an implementation the
 * attestation records no course.
 */
public interface CourseAtSigningSource {

    /** The person's standing in the course, or empty when they are not enrolled in it. */
    Optional<CourseAtSigning> courseAtSigning(EmployeeId employee, CourseId course);
}
