package dev.podium.activity;

import dev.podium.content.ContentVariableSource;
import java.util.LinkedHashMap;
import java.util.Map;
import org.springframework.stereotype.Component;

/**
 * The classification thresholds and weights course texts cite ({@code {{own-post-words}}}), from
 * {@code podium.activity.*}, so lessons and answer keys follow HR's configuration.
 */
@Component
public class ActivityContentVariables implements ContentVariableSource {

    private final ActivityProperties properties;

    ActivityContentVariables(ActivityProperties properties) {
        this.properties = properties;
    }

    /** The same figures outside Spring. */
    public static ContentVariableSource of(ActivityProperties properties) {
        return new ActivityContentVariables(properties);
    }

    @Override
    public Map<String, Number> contentVariables() {
        ActivityProperties.Classify classify = properties.classify();
        ActivityProperties.Consistency consistency = properties.consistency();
        Map<String, Number> values = new LinkedHashMap<>();
        values.put("window-weeks", properties.windowWeeks());
        values.put("own-post-words", classify.ownPostWords());
        values.put("commented-reshare-words", classify.commentedReshareWords());
        values.put("substantive-comment-words", classify.substantiveCommentWords());
        values.put("deep-comment-words", classify.deepCommentWords());
        values.put("own-post-weight", classify.ownPostWeight());
        values.put("article-weight", classify.articleWeight());
        values.put("commented-reshare-weight", classify.commentedReshareWeight());
        values.put("thin-reshare-weight", classify.thinReshareWeight());
        values.put("bare-reshare-weight", classify.bareReshareWeight());
        values.put("active-week-units", consistency.activeWeekUnits());
        values.put("active-week-comments", consistency.activeWeekSubstantiveComments());
        return values;
    }
}
