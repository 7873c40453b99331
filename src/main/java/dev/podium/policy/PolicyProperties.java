package dev.podium.policy;

import java.nio.file.Path;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/** @param directory the folder with one sub-folder per policy ({@code policy.yml} and a text per language) */
@ConfigurationProperties("podium.policy")
public record PolicyProperties(@DefaultValue("policies") Path directory) {
}
