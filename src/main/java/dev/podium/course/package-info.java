/**
 * Courses as files: reads and validates {@code courses/} (course.yml, Markdown lessons, YAML quizzes, practice
 * tasks) with {@code content}'s kit (YAML with lines, safe Markdown, {@code {{variables}}}), publishes valid courses
 * to the catalogue, renders lessons as sanitised HTML, scores quiz answers and records each course version by content
 * hash. Problems only a course can have are {@code course.problem.*}. Publishes no events; {@code learning} builds
 * progress on it.
 */
@ApplicationModule(allowedDependencies = {"content", "shared"})
@NullMarked
package dev.podium.course;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
