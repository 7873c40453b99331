package dev.podium.course;

import java.time.Clock;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The versions of each course seen so far, one row per content hash. Every node records what it reads;
 * the unique key makes that idempotent across nodes.
 */
@Component
class CourseVersions {

    private final JdbcClient jdbc;
    private final Clock clock;

    CourseVersions(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    /** Records the course's current version if new, and returns the ids of lessons earlier versions had. */
    @Transactional
    Set<String> recordAndFindEarlierLessons(CourseDefinition course) {
        String lessonIds = String.join(",", course.lessons().stream().map(CourseDefinition.LessonDefinition::id)
                .toList());
        jdbc.sql("""
                INSERT IGNORE INTO course_version (id, course_id, content_hash, version_label, lesson_ids, detected_at)
                VALUES (NEXT VALUE FOR course_version_seq, :course, :hash, :label, :lessons, :at)""")
                .param("course", course.id().value()).param("hash", course.contentHash())
                .param("label", course.versionLabel()).param("lessons", lessonIds)
                .param("at", java.sql.Timestamp.from(clock.instant()))
                .update();
        List<String> earlier = jdbc.sql("SELECT lesson_ids FROM course_version WHERE course_id = :course ORDER BY id")
                .param("course", course.id().value()).query(String.class).list();
        Set<String> lessons = new LinkedHashSet<>();
        for (String ids : earlier) {
            lessons.addAll(Arrays.stream(ids.split(",")).filter(id -> !id.isBlank()).toList());
        }
        return lessons;
    }
}
