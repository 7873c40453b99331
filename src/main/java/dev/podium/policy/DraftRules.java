package dev.podium.policy;

import java.util.List;
import java.util.Map;

/**
 * What a policy says that a draft check can hold a text against, in one language: the markings that disclose
 * employment in the post itself ({@code #reklame}, the company's hashtag, "I work at …"), markings the policy calls
 * not clear enough ({@code #spon}), the company's name, and the sections of the text that the check's advice refers
 * to ({@code own-words}, {@code disclosure}, {@code confidential}). Read from the policy's {@code draftCheck} block.
 */
public record DraftRules(String policyId, String title, String version, String company,
        List<String> disclosureMarkings, List<String> notEnoughMarkings, Map<String, PolicySection> sections) {

    public DraftRules {
        disclosureMarkings = List.copyOf(disclosureMarkings);
        notEnoughMarkings = List.copyOf(notEnoughMarkings);
        sections = Map.copyOf(sections);
    }
}
