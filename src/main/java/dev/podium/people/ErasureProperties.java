package dev.podium.people;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * {@code podium.privacy.erasure.*}: how HR's erasure on request works.
 *
 * @param secondApproval when true, an erasure HR asks for waits until another HR administrator (not the one who
 *        asked) approves it; when false, HR's confirmed request erases at once
 */
@ConfigurationProperties("podium.privacy.erasure")
public record ErasureProperties(@DefaultValue("false") boolean secondApproval) {
}
