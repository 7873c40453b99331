package dev.podium.audit;

import dev.podium.content.ContentVariableSource;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import org.springframework.stereotype.Component;

/**
 * The rubric's points and thresholds course texts cite ({@code {{rubric-headline-points}}},
 * {@code {{audit-about-long-chars}}}), from {@code podium.audit.*}.
 */
@Component
public class AuditContentVariables implements ContentVariableSource {

    private final AuditProperties properties;

    AuditContentVariables(AuditProperties properties) {
        this.properties = properties;
    }

    /** The same figures outside Spring. */
    public static ContentVariableSource of(AuditProperties properties) {
        return new AuditContentVariables(properties);
    }

    @Override
    public Map<String, Number> contentVariables() {
        Map<String, Number> values = new LinkedHashMap<>();
        int total = 0;
        for (RubricItem item : RubricItem.values()) {
            int points = properties.pointsOf(item).total();
            total += points;
            values.put("rubric-" + item.name().toLowerCase(Locale.ROOT).replace('_', '-') + "-points", points);
        }
        values.put("rubric-total-points", total);
        AuditProperties.Thresholds thresholds = properties.thresholds();
        values.put("audit-headline-min-chars", thresholds.headlineMinChars());
        values.put("audit-headline-max-chars", thresholds.headlineMaxChars());
        values.put("audit-about-short-chars", thresholds.aboutShortChars());
        values.put("audit-about-long-chars", thresholds.aboutLongChars());
        values.put("audit-role-description-chars", thresholds.currentRoleDescriptionChars());
        values.put("audit-past-positions", thresholds.pastPositions());
        values.put("audit-skills-few", thresholds.skillsFew());
        values.put("audit-skills-many", thresholds.skillsMany());
        values.put("audit-endorsements-many", thresholds.endorsementsMany());
        values.put("audit-recommendations-many", thresholds.recommendationsMany());
        values.put("audit-connections-few", thresholds.connectionsFew());
        values.put("audit-connections-many", thresholds.connectionsMany());
        return values;
    }
}
