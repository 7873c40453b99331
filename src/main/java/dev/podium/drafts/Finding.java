package dev.podium.drafts;

import dev.podium.policy.PolicySection;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * One explained finding of the pre-flight check: a message key with its arguments, and the section of the guidelines
 * it touches, if any.
 */
public record Finding(Severity severity, String key, List<String> arguments, @Nullable PolicySection rule) {

    public Finding {
        arguments = List.copyOf(arguments);
    }
}
