package dev.podium.shared;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * {@code podium.events.*}: the durable module events (Spring Modulith's event publication registry).
 *
 * @param resubmitInterval how often one node resubmits the publications whose listener has not completed (a failed
 *        listener, or a node that died between the commit and the listener); {@code 0} switches the periodic run off
 *        (the run at start-up stays)
 * @param resubmitAfter how old an incomplete publication must be before it is resubmitted: younger ones may still be
 *        running on the node that published them
 * @param keepCompleted how long completed publications are kept (for looking into what happened) before they are
 *        deleted
 */
@ConfigurationProperties("podium.events")
public record EventsProperties(@DefaultValue("1m") Duration resubmitInterval,
        @DefaultValue("1m") Duration resubmitAfter, @DefaultValue("7d") Duration keepCompleted) {

    public EventsProperties {
        if (resubmitInterval.isNegative() || resubmitAfter.isNegative() || keepCompleted.isNegative()) {
            throw new IllegalArgumentException("podium.events.* durations must not be negative");
        }
    }
}
