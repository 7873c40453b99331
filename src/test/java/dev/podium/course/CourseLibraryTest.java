package dev.podium.course;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import dev.podium.MutableClock;
import dev.podium.content.ContentProblem;
import dev.podium.content.TestContent;
import dev.podium.shared.CourseId;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Edits under the course folders are picked up by the watcher's check, and only real edits trigger a read. */
class CourseLibraryTest {

    @TempDir
    Path root;

    @Test
    void an_edited_lesson_is_picked_up_without_a_restart() throws IOException {
        Path course = root.resolve("tiny");
        Files.createDirectories(course.resolve("lessons"));
        Files.writeString(course.resolve("course.yml"), """
                id: tiny
                version: "1"
                languages: [en]
                title: {en: Tiny}
                summary: {en: One lesson.}
                estimatedMinutes: 1
                lessons:
                  - id: only
                    file: lessons/only.md
                """);
        Path lesson = course.resolve("lessons/only.md");
        Files.writeString(lesson, "---\ntitle: Only\nminutes: 1\n---\nFirst text.\n");
        CourseVersions versions = mock(CourseVersions.class);
        when(versions.recordAndFindEarlierLessons(any())).thenReturn(Set.of("only"));
        CourseLibrary library = new CourseLibrary(new CourseProperties(List.of(root), Duration.ZERO), versions,
                TestContent.variables(), new MutableClock());

        String first = library.course(CourseId.of("tiny")).orElseThrow().contentHash();
        Instant loaded = library.snapshot().loadedAt();
        library.reloadIfChanged();
        assertThat(library.snapshot().loadedAt()).as("nothing changed, nothing read").isEqualTo(loaded);

        Files.writeString(lesson, "---\ntitle: Only, edited\nminutes: 1\n---\nSecond text.\n");
        Files.setLastModifiedTime(lesson, FileTime.from(Instant.now().plusSeconds(5)));
        library.reloadIfChanged();

        CourseDefinition edited = library.course(CourseId.of("tiny")).orElseThrow();
        assertThat(edited.contentHash()).isNotEqualTo(first);
        assertThat(edited.lessons().getFirst().texts().values().iterator().next().title()).isEqualTo("Only, edited");
    }

    @Test
    void a_course_broken_by_an_edit_is_held_back_with_its_problems() throws IOException {
        Path course = root.resolve("tiny");
        Files.createDirectories(course);
        Files.writeString(course.resolve("course.yml"), "id: tiny\nversion: \"1\"\n");
        CourseLibrary library = new CourseLibrary(new CourseProperties(List.of(root), Duration.ZERO),
                mock(CourseVersions.class), TestContent.variables(), new MutableClock());
        assertThat(library.snapshot().courses()).isEmpty();
        assertThat(library.snapshot().unpublished()).containsExactly("tiny");
        assertThat(library.snapshot().problems()).extracting(ContentProblem::messageKey)
                .contains("content.problem.missing-key");
    }
}
