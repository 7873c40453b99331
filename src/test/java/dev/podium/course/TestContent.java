package dev.podium.course;

import dev.podium.activity.ActivityContentVariables;
import dev.podium.activity.ActivityProperties;
import dev.podium.audit.AuditContentVariables;
import dev.podium.audit.AuditProperties;
import java.util.List;

/** The content variables with every default, built from the real sources as Spring builds them. */
final class TestContent {

    private TestContent() {
    }

    static ContentVariables variables() {
        return variables(ActivityProperties.defaults());
    }

    static ContentVariables variables(ActivityProperties activity) {
        return ContentVariables.of(ContentProperties.defaults(), List.of(ActivityContentVariables.of(activity),
                AuditContentVariables.of(AuditProperties.defaults())));
    }

    static List<ContentVariableSource> sources() {
        return List.of(ActivityContentVariables.of(ActivityProperties.defaults()),
                AuditContentVariables.of(AuditProperties.defaults()));
    }
}
