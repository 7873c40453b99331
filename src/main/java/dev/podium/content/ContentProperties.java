package dev.podium.content;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * {@code podium.content.*}: the company's own words in course and policy texts, so a company puts in its name,
 * disclosure hashtag and contacts without forking the files.
 *
 * @param company the company's name as employees say it ({@code {{company}}})
 * @param hashtag the hashtag employees add to disclose their employment, with its {@code #} ({@code {{hashtag}}})
 * @param commsContact whom to ask about press, sensitive posts and a post gone wrong ({@code {{comms-contact}}})
 * @param securityContact where to report phishing, impersonation and leaks ({@code {{security-contact}}})
 */
@ConfigurationProperties("podium.content")
public record ContentProperties(@DefaultValue("Podium Demo A/S") String company,
        @DefaultValue("#PodiumDemoEmployee") String hashtag,
        @DefaultValue("comms@podium-demo.example") String commsContact,
        @DefaultValue("security@podium-demo.example") String securityContact) {

    /** The demo values, for use without Spring. */
    public static ContentProperties defaults() {
        return new ContentProperties("Podium Demo A/S", "#PodiumDemoEmployee", "comms@podium-demo.example",
                "security@podium-demo.example");
    }
}
