package dev.podium.course;

import dev.podium.content.ContentProblem;
import dev.podium.content.ContentVariables;
import dev.podium.shared.CourseId;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * The courses this node serves: read from the course folders at start, and again when files change if watching
 * is on. Each read replaces the whole snapshot at once, so a request never sees half an edit. Every node reads
 * the same files, so no state needs sharing; versions go to the database.
 */
@Component
class CourseLibrary implements DisposableBean {

    private static final Logger log = LoggerFactory.getLogger(CourseLibrary.class);

    private final CourseProperties properties;
    private final CourseVersions versions;
    private final Clock clock;
    private final ContentVariables variables;
    private volatile Snapshot snapshot;
    private volatile String fingerprint = "";
    private ScheduledExecutorService watcher;

    CourseLibrary(CourseProperties properties, CourseVersions versions, ContentVariables variables, Clock clock) {
        this.properties = properties;
        this.variables = variables;
        this.versions = versions;
        this.clock = clock;
        this.snapshot = new Snapshot(Instant.EPOCH, Map.of(), Map.of(), List.of(), List.of());
    }

    record Snapshot(Instant loadedAt, Map<CourseId, CourseDefinition> courses, Map<CourseId, List<String>> removed,
            List<String> unpublished, List<ContentProblem> problems) {
    }

    @EventListener(ApplicationReadyEvent.class)
    void loadAtStart() {
        reload();
        if (!properties.watchInterval().isZero() && !properties.watchInterval().isNegative()) {
            watcher = Executors.newSingleThreadScheduledExecutor(Thread.ofPlatform().daemon().name("course-watcher")
                    .factory());
            long millis = properties.watchInterval().toMillis();
            watcher.scheduleWithFixedDelay(this::reloadIfChanged, millis, millis, TimeUnit.MILLISECONDS);
            log.info("Watching {} for course edits every {}", properties.directories(), properties.watchInterval());
        }
    }

    Snapshot snapshot() {
        if (snapshot.loadedAt().equals(Instant.EPOCH)) {
            reload();
        }
        return snapshot;
    }

    Optional<CourseDefinition> course(CourseId id) {
        return Optional.ofNullable(snapshot().courses().get(id));
    }

    /** Reads every course folder again and publishes the result. */
    synchronized Snapshot reload() {
        fingerprint = fingerprint();
        // variables are filled here, once per reading: their values are configuration, fixed while the app runs
        CourseFolderReader.Result result = new CourseFolderReader(variables).readAll(properties.directories());
        Map<CourseId, CourseDefinition> courses = new LinkedHashMap<>();
        Map<CourseId, List<String>> removed = new LinkedHashMap<>();
        for (CourseDefinition course : result.courses()) {
            courses.put(course.id(), course);
            List<String> gone = new ArrayList<>(versions.recordAndFindEarlierLessons(course));
            course.lessons().forEach(lesson -> gone.remove(lesson.id()));
            removed.put(course.id(), List.copyOf(gone));
        }
        List<String> unpublished = result.problemsPerCourse().entrySet().stream()
                .filter(entry -> entry.getValue() > 0).map(Map.Entry::getKey).toList();
        snapshot = new Snapshot(clock.instant(), Map.copyOf(courses), Map.copyOf(removed), unpublished,
                result.problems());
        log.info("Courses: {} published{}", courses.size(),
                result.problems().isEmpty() ? "" : ", " + unpublished.size() + " held back with "
                        + result.problems().size() + " problem(s)");
        result.problems().forEach(problem -> log.warn("Course problem: {}", problem.english()));
        return snapshot;
    }

    /** Called by the watcher: reloads only when a file under the course folders was added, removed or edited. */
    void reloadIfChanged() {
        try {
            if (!fingerprint().equals(fingerprint)) {
                log.info("Course files changed: reading them again");
                reload();
            }
        } catch (RuntimeException e) {
            log.warn("Could not check the course folders for changes", e);
        }
    }

    private String fingerprint() {
        StringBuilder all = new StringBuilder();
        for (Path directory : properties.directories()) {
            if (!Files.isDirectory(directory)) {
                continue;
            }
            try (Stream<Path> walk = Files.walk(directory)) {
                walk.sorted().forEach(path -> {
                    try {
                        BasicFileAttributes attributes = Files.readAttributes(path, BasicFileAttributes.class);
                        all.append(path).append(':').append(attributes.size()).append(':')
                                .append(attributes.lastModifiedTime().toMillis()).append('\n');
                    } catch (IOException e) {
                        all.append(path).append(":gone\n");
                    }
                });
            } catch (IOException | java.io.UncheckedIOException e) {
                all.append(directory).append(":unreadable\n");
            }
        }
        return all.toString();
    }

    @Override
    public void destroy() {
        if (watcher != null) {
            watcher.shutdownNow();
        }
    }
}
