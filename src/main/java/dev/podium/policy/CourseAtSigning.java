package dev.podium.policy;

/**
 * Where the signer stood in the course whose id is the policy's, as an attestation records it.
 *
 * @param courseVersion the content hash of the version completed or, while in progress, the version taken now
 * @param quizScore the average of the best quiz scores so far, null before any quiz
 */
public record CourseAtSigning(String courseVersion, Integer quizScore) {
}
