package dev.podium.content;

import dev.podium.activity.ActivityContentVariables;
import dev.podium.activity.ActivityProperties;
import dev.podium.audit.AuditContentVariables;
import dev.podium.audit.AuditProperties;
import java.util.List;

/** The content variables with every default, built from the real sources as Spring builds them. */
public final class TestContent {

    private TestContent() {
    }

    public static ContentVariables variables() {
        return variables(ActivityProperties.defaults());
    }

    public static ContentVariables variables(ActivityProperties activity) {
        return ContentVariables.of(ContentProperties.defaults(), List.of(ActivityContentVariables.of(activity),
                AuditContentVariables.of(AuditProperties.defaults())));
    }

    public static List<ContentVariableSource> sources() {
        return List.of(ActivityContentVariables.of(ActivityProperties.defaults()),
                AuditContentVariables.of(AuditProperties.defaults()));
    }
}
