package dev.podium.activity;

import java.time.LocalDate;
import java.util.List;

/** Computes the Social Leadership Index (DOMAIN.md §5) from classified items. */
final class SocialLeadershipCalculator {

    private final ActivityProperties properties;

    SocialLeadershipCalculator(ActivityProperties properties) {
        this.properties = properties;
    }

    SocialLeadershipIndex compute(List<ClassifiedItem> itemsInWindow, List<VoiceTopic> topics, LocalDate today) {
        throw new UnsupportedOperationException("not yet");
    }
}
