package dev.podium.course;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Where courses are read from and whether edits are picked up while running.
 *
 * @param directories folders holding one sub-folder per course; every node reads the same files
 * @param watchInterval how often to look for edited files; zero switches watching off (production deploys new
 *     course files with a new release)
 */
@ConfigurationProperties("podium.course")
public record CourseProperties(@DefaultValue("courses") List<Path> directories,
        @DefaultValue("0s") Duration watchInterval) {
}
