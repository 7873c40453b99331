package dev.podium.content;

import java.util.Map;

/**
 * A module whose configuration course and policy texts cite (activity thresholds and weights, rubric points)
 * implements this, so texts read {@code {{own-post-words}}} instead of a number HR may change. The names a source
 * may provide are listed in {@link ContentVariables#NAMES}.
 */
public interface ContentVariableSource {

    /** Variable name → figure; it is written in each text's language ("0.7" in English, "0,7" in Danish). */
    Map<String, Number> contentVariables();
}
