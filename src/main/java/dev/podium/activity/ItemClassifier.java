package dev.podium.activity;

import java.util.Set;

/** Classifies activity items for the index (DOMAIN.md §5). */
final class ItemClassifier {

    private final ActivityProperties properties;
    private final Set<String> companyDomains;

    ItemClassifier(ActivityProperties properties, Set<String> companyDomains) {
        this.properties = properties;
        this.companyDomains = Set.copyOf(companyDomains);
    }

    ClassifiedItem classify(ActivityItem item) {
        throw new UnsupportedOperationException("not yet");
    }
}
