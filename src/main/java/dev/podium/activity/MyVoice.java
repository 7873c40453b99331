package dev.podium.activity;

import java.util.List;

/**
 * The signed-in person's own picture: their index today with the counts behind it, their voice topics, which links
 * count as company content, and their last import.
 *
 * @param lastImport null until the first import
 * @param items how many items the person has imported in all
 */
public record MyVoice(SocialLeadershipIndex index, List<VoiceTopic> topics, List<String> companyDomains,
        ImportSummary lastImport, long items) {

    public boolean imported() {
        return lastImport != null;
    }
}
