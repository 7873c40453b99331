package dev.podium.drafts;

import java.util.List;

/**
 * The pre-flight check of a text: its length against the platform's limit and explained findings, cautions first. It
 * advises; nothing is refused because of it.
 *
 * @param characters Unicode code points, as the counter shows them
 * @param policyTitle the guidelines the findings refer to, or empty when no policy describes a draft check
 */
public record Preflight(int characters, int limit, int words, List<Finding> findings, String policyTitle) {

    public Preflight {
        findings = List.copyOf(findings);
    }

    public boolean overLimit() {
        return characters > limit;
    }
}
