package dev.podium.rollout;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * {@code podium.rollout.*}.
 *
 * @param resumeAfter a wave's launch that nobody has moved on for this long is taken to have stopped with its node,
 *        and is resumed (checked at start-up and every {@code podium.rollout.resume-check}, default a minute)
 */
@ConfigurationProperties("podium.rollout")
public record RolloutProperties(@DefaultValue("PT2M") Duration resumeAfter) {
}
