/**
 * Courses as files: reads and validates {@code courses/} (course.yml, Markdown lessons, YAML quizzes, practice
 * tasks), publishes valid courses to the catalogue, renders lessons as sanitised HTML, scores quiz answers and
 * records each course version by content hash. Texts may use {@code {{variables}}} filled from configuration
 * ({@link dev.podium.content.ContentVariables}: the company's words and the figures other modules declare through
 * {@link dev.podium.content.ContentVariableSource}). Publishes no events; {@code learning} builds progress on it.
 */
package dev.podium.course;
