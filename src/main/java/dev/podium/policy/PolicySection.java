package dev.podium.policy;

/** A numbered section of a policy's text ("2. Disclose in the post"), as a reader finds it. */
public record PolicySection(int number, String heading) {
}
